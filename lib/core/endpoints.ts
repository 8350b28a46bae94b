/**
 * Ports every hosted control plane uses, whatever runs it.
 */

/** Port of every hosted API server (Kamaji, k0smotron, KubeadmControlPlane). */
export const API_SERVER_PORT = 6443;
