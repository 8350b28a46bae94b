// Validation of emitted Kubernetes objects against their upstream schemas.
export { SchemaRegistry, KUBERNETES_RELEASE } from './registry';
export { SchemaProblem } from './problems';
export { SchemaOrigin } from './kind-schema';
export { NameRule } from './metadata';
