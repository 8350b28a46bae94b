// https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface VsphereProviderConfig {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#allow_unverified_ssl VsphereProvider#allow_unverified_ssl}
  */
  readonly allowUnverifiedSsl?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#api_timeout VsphereProvider#api_timeout}
  */
  readonly apiTimeout?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#client_debug VsphereProvider#client_debug}
  */
  readonly clientDebug?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#client_debug_path VsphereProvider#client_debug_path}
  */
  readonly clientDebugPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#client_debug_path_run VsphereProvider#client_debug_path_run}
  */
  readonly clientDebugPathRun?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#password VsphereProvider#password}
  */
  readonly password: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#persist_session VsphereProvider#persist_session}
  */
  readonly persistSession?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#rest_session_path VsphereProvider#rest_session_path}
  */
  readonly restSessionPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#user VsphereProvider#user}
  */
  readonly user: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#vcenter_server VsphereProvider#vcenter_server}
  */
  readonly vcenterServer?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#vim_keep_alive VsphereProvider#vim_keep_alive}
  */
  readonly vimKeepAlive?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#vim_session_path VsphereProvider#vim_session_path}
  */
  readonly vimSessionPath?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#vsphere_server VsphereProvider#vsphere_server}
  */
  readonly vsphereServer?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#alias VsphereProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs vsphere}
*/
export class VsphereProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vsphere";

  // Added by seedbed (scripts/gen-providers.ts).
  /**
  * The Terraform attributes of a VsphereProvider constructed with `config`, as its synthesizeAttributes() gives them,
  * without constructing it.
  *
  * @param config VsphereProviderConfig
  */
  public static configToTerraform(config: VsphereProviderConfig): { [name: string]: any } {
    return {
      allow_unverified_ssl: cdktn.booleanToTerraform(config.allowUnverifiedSsl),
      api_timeout: cdktn.numberToTerraform(config.apiTimeout),
      client_debug: cdktn.booleanToTerraform(config.clientDebug),
      client_debug_path: cdktn.stringToTerraform(config.clientDebugPath),
      client_debug_path_run: cdktn.stringToTerraform(config.clientDebugPathRun),
      password: cdktn.stringToTerraform(config.password),
      persist_session: cdktn.booleanToTerraform(config.persistSession),
      rest_session_path: cdktn.stringToTerraform(config.restSessionPath),
      user: cdktn.stringToTerraform(config.user),
      vcenter_server: cdktn.stringToTerraform(config.vcenterServer),
      vim_keep_alive: cdktn.numberToTerraform(config.vimKeepAlive),
      vim_session_path: cdktn.stringToTerraform(config.vimSessionPath),
      vsphere_server: cdktn.stringToTerraform(config.vsphereServer),
      alias: cdktn.stringToTerraform(config.alias),
    };
  }

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a VsphereProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VsphereProvider to import
  * @param importFromId The id of the existing VsphereProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VsphereProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "vsphere", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs vsphere} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VsphereProviderConfig
  */
  public constructor(scope: Construct, id: string, config: VsphereProviderConfig) {
    super(scope, id, {
      terraformResourceType: 'vsphere',
      terraformGeneratorMetadata: {
        providerName: 'vsphere',
        providerVersion: '2.15.0',
        providerVersionConstraint: '2.15.0'
      },
      terraformProviderSource: 'vmware/vsphere'
    });
    this._allowUnverifiedSsl = config.allowUnverifiedSsl;
    this._apiTimeout = config.apiTimeout;
    this._clientDebug = config.clientDebug;
    this._clientDebugPath = config.clientDebugPath;
    this._clientDebugPathRun = config.clientDebugPathRun;
    this._password = config.password;
    this._persistSession = config.persistSession;
    this._restSessionPath = config.restSessionPath;
    this._user = config.user;
    this._vcenterServer = config.vcenterServer;
    this._vimKeepAlive = config.vimKeepAlive;
    this._vimSessionPath = config.vimSessionPath;
    this._vsphereServer = config.vsphereServer;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_unverified_ssl - computed: false, optional: true, required: false
  private _allowUnverifiedSsl?: boolean | cdktn.IResolvable; 
  public get allowUnverifiedSsl() {
    return this._allowUnverifiedSsl;
  }
  public set allowUnverifiedSsl(value: boolean | cdktn.IResolvable | undefined) {
    this._allowUnverifiedSsl = value;
  }
  public resetAllowUnverifiedSsl() {
    this._allowUnverifiedSsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowUnverifiedSslInput() {
    return this._allowUnverifiedSsl;
  }

  // api_timeout - computed: false, optional: true, required: false
  private _apiTimeout?: number; 
  public get apiTimeout() {
    return this._apiTimeout;
  }
  public set apiTimeout(value: number | undefined) {
    this._apiTimeout = value;
  }
  public resetApiTimeout() {
    this._apiTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiTimeoutInput() {
    return this._apiTimeout;
  }

  // client_debug - computed: false, optional: true, required: false
  private _clientDebug?: boolean | cdktn.IResolvable; 
  public get clientDebug() {
    return this._clientDebug;
  }
  public set clientDebug(value: boolean | cdktn.IResolvable | undefined) {
    this._clientDebug = value;
  }
  public resetClientDebug() {
    this._clientDebug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientDebugInput() {
    return this._clientDebug;
  }

  // client_debug_path - computed: false, optional: true, required: false
  private _clientDebugPath?: string; 
  public get clientDebugPath() {
    return this._clientDebugPath;
  }
  public set clientDebugPath(value: string | undefined) {
    this._clientDebugPath = value;
  }
  public resetClientDebugPath() {
    this._clientDebugPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientDebugPathInput() {
    return this._clientDebugPath;
  }

  // client_debug_path_run - computed: false, optional: true, required: false
  private _clientDebugPathRun?: string; 
  public get clientDebugPathRun() {
    return this._clientDebugPathRun;
  }
  public set clientDebugPathRun(value: string | undefined) {
    this._clientDebugPathRun = value;
  }
  public resetClientDebugPathRun() {
    this._clientDebugPathRun = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientDebugPathRunInput() {
    return this._clientDebugPathRun;
  }

  // password - computed: false, optional: false, required: true
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // persist_session - computed: false, optional: true, required: false
  private _persistSession?: boolean | cdktn.IResolvable; 
  public get persistSession() {
    return this._persistSession;
  }
  public set persistSession(value: boolean | cdktn.IResolvable | undefined) {
    this._persistSession = value;
  }
  public resetPersistSession() {
    this._persistSession = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get persistSessionInput() {
    return this._persistSession;
  }

  // rest_session_path - computed: false, optional: true, required: false
  private _restSessionPath?: string; 
  public get restSessionPath() {
    return this._restSessionPath;
  }
  public set restSessionPath(value: string | undefined) {
    this._restSessionPath = value;
  }
  public resetRestSessionPath() {
    this._restSessionPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restSessionPathInput() {
    return this._restSessionPath;
  }

  // user - computed: false, optional: false, required: true
  private _user?: string; 
  public get user() {
    return this._user;
  }
  public set user(value: string | undefined) {
    this._user = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // vcenter_server - computed: false, optional: true, required: false
  private _vcenterServer?: string; 
  public get vcenterServer() {
    return this._vcenterServer;
  }
  public set vcenterServer(value: string | undefined) {
    this._vcenterServer = value;
  }
  public resetVcenterServer() {
    this._vcenterServer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vcenterServerInput() {
    return this._vcenterServer;
  }

  // vim_keep_alive - computed: false, optional: true, required: false
  private _vimKeepAlive?: number; 
  public get vimKeepAlive() {
    return this._vimKeepAlive;
  }
  public set vimKeepAlive(value: number | undefined) {
    this._vimKeepAlive = value;
  }
  public resetVimKeepAlive() {
    this._vimKeepAlive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vimKeepAliveInput() {
    return this._vimKeepAlive;
  }

  // vim_session_path - computed: false, optional: true, required: false
  private _vimSessionPath?: string; 
  public get vimSessionPath() {
    return this._vimSessionPath;
  }
  public set vimSessionPath(value: string | undefined) {
    this._vimSessionPath = value;
  }
  public resetVimSessionPath() {
    this._vimSessionPath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vimSessionPathInput() {
    return this._vimSessionPath;
  }

  // vsphere_server - computed: false, optional: true, required: false
  private _vsphereServer?: string; 
  public get vsphereServer() {
    return this._vsphereServer;
  }
  public set vsphereServer(value: string | undefined) {
    this._vsphereServer = value;
  }
  public resetVsphereServer() {
    this._vsphereServer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vsphereServerInput() {
    return this._vsphereServer;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_unverified_ssl: cdktn.booleanToTerraform(this._allowUnverifiedSsl),
      api_timeout: cdktn.numberToTerraform(this._apiTimeout),
      client_debug: cdktn.booleanToTerraform(this._clientDebug),
      client_debug_path: cdktn.stringToTerraform(this._clientDebugPath),
      client_debug_path_run: cdktn.stringToTerraform(this._clientDebugPathRun),
      password: cdktn.stringToTerraform(this._password),
      persist_session: cdktn.booleanToTerraform(this._persistSession),
      rest_session_path: cdktn.stringToTerraform(this._restSessionPath),
      user: cdktn.stringToTerraform(this._user),
      vcenter_server: cdktn.stringToTerraform(this._vcenterServer),
      vim_keep_alive: cdktn.numberToTerraform(this._vimKeepAlive),
      vim_session_path: cdktn.stringToTerraform(this._vimSessionPath),
      vsphere_server: cdktn.stringToTerraform(this._vsphereServer),
      alias: cdktn.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_unverified_ssl: {
        value: cdktn.booleanToHclTerraform(this._allowUnverifiedSsl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      api_timeout: {
        value: cdktn.numberToHclTerraform(this._apiTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      client_debug: {
        value: cdktn.booleanToHclTerraform(this._clientDebug),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      client_debug_path: {
        value: cdktn.stringToHclTerraform(this._clientDebugPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_debug_path_run: {
        value: cdktn.stringToHclTerraform(this._clientDebugPathRun),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktn.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      persist_session: {
        value: cdktn.booleanToHclTerraform(this._persistSession),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      rest_session_path: {
        value: cdktn.stringToHclTerraform(this._restSessionPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user: {
        value: cdktn.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vcenter_server: {
        value: cdktn.stringToHclTerraform(this._vcenterServer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vim_keep_alive: {
        value: cdktn.numberToHclTerraform(this._vimKeepAlive),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vim_session_path: {
        value: cdktn.stringToHclTerraform(this._vimSessionPath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vsphere_server: {
        value: cdktn.stringToHclTerraform(this._vsphereServer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
