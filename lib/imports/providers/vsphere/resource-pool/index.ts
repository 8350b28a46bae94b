// https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface ResourcePoolConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#cpu_expandable ResourcePool#cpu_expandable}
  */
  readonly cpuExpandable?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#cpu_limit ResourcePool#cpu_limit}
  */
  readonly cpuLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#cpu_reservation ResourcePool#cpu_reservation}
  */
  readonly cpuReservation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#cpu_share_level ResourcePool#cpu_share_level}
  */
  readonly cpuShareLevel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#cpu_shares ResourcePool#cpu_shares}
  */
  readonly cpuShares?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#custom_attributes ResourcePool#custom_attributes}
  */
  readonly customAttributes?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#id ResourcePool#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#memory_expandable ResourcePool#memory_expandable}
  */
  readonly memoryExpandable?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#memory_limit ResourcePool#memory_limit}
  */
  readonly memoryLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#memory_reservation ResourcePool#memory_reservation}
  */
  readonly memoryReservation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#memory_share_level ResourcePool#memory_share_level}
  */
  readonly memoryShareLevel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#memory_shares ResourcePool#memory_shares}
  */
  readonly memoryShares?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#name ResourcePool#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#parent_resource_pool_id ResourcePool#parent_resource_pool_id}
  */
  readonly parentResourcePoolId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#scale_descendants_shares ResourcePool#scale_descendants_shares}
  */
  readonly scaleDescendantsShares?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#tags ResourcePool#tags}
  */
  readonly tags?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool vsphere_resource_pool}
*/
export class ResourcePool extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vsphere_resource_pool";

  // Added by seedbed (scripts/gen-providers.ts).
  /**
  * The Terraform attributes of a ResourcePool constructed with `config`, as its synthesizeAttributes() gives them,
  * without constructing it.
  *
  * @param config ResourcePoolConfig
  */
  public static configToTerraform(config: ResourcePoolConfig): { [name: string]: any } {
    return {
      cpu_expandable: cdktn.booleanToTerraform(config.cpuExpandable),
      cpu_limit: cdktn.numberToTerraform(config.cpuLimit),
      cpu_reservation: cdktn.numberToTerraform(config.cpuReservation),
      cpu_share_level: cdktn.stringToTerraform(config.cpuShareLevel),
      cpu_shares: cdktn.numberToTerraform(config.cpuShares),
      custom_attributes: cdktn.hashMapper(cdktn.stringToTerraform)(config.customAttributes),
      id: cdktn.stringToTerraform(config.id),
      memory_expandable: cdktn.booleanToTerraform(config.memoryExpandable),
      memory_limit: cdktn.numberToTerraform(config.memoryLimit),
      memory_reservation: cdktn.numberToTerraform(config.memoryReservation),
      memory_share_level: cdktn.stringToTerraform(config.memoryShareLevel),
      memory_shares: cdktn.numberToTerraform(config.memoryShares),
      name: cdktn.stringToTerraform(config.name),
      parent_resource_pool_id: cdktn.stringToTerraform(config.parentResourcePoolId),
      scale_descendants_shares: cdktn.stringToTerraform(config.scaleDescendantsShares),
      tags: cdktn.listMapper(cdktn.stringToTerraform, false)(config.tags),
    };
  }

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a ResourcePool resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ResourcePool to import
  * @param importFromId The id of the existing ResourcePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ResourcePool to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "vsphere_resource_pool", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/resource_pool vsphere_resource_pool} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ResourcePoolConfig
  */
  public constructor(scope: Construct, id: string, config: ResourcePoolConfig) {
    super(scope, id, {
      terraformResourceType: 'vsphere_resource_pool',
      terraformGeneratorMetadata: {
        providerName: 'vsphere',
        providerVersion: '2.15.0',
        providerVersionConstraint: '2.15.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._cpuExpandable = config.cpuExpandable;
    this._cpuLimit = config.cpuLimit;
    this._cpuReservation = config.cpuReservation;
    this._cpuShareLevel = config.cpuShareLevel;
    this._cpuShares = config.cpuShares;
    this._customAttributes = config.customAttributes;
    this._id = config.id;
    this._memoryExpandable = config.memoryExpandable;
    this._memoryLimit = config.memoryLimit;
    this._memoryReservation = config.memoryReservation;
    this._memoryShareLevel = config.memoryShareLevel;
    this._memoryShares = config.memoryShares;
    this._name = config.name;
    this._parentResourcePoolId = config.parentResourcePoolId;
    this._scaleDescendantsShares = config.scaleDescendantsShares;
    this._tags = config.tags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cpu_expandable - computed: false, optional: true, required: false
  private _cpuExpandable?: boolean | cdktn.IResolvable; 
  public get cpuExpandable() {
    return this.getBooleanAttribute('cpu_expandable');
  }
  public set cpuExpandable(value: boolean | cdktn.IResolvable) {
    this._cpuExpandable = value;
  }
  public resetCpuExpandable() {
    this._cpuExpandable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuExpandableInput() {
    return this._cpuExpandable;
  }

  // cpu_limit - computed: false, optional: true, required: false
  private _cpuLimit?: number; 
  public get cpuLimit() {
    return this.getNumberAttribute('cpu_limit');
  }
  public set cpuLimit(value: number) {
    this._cpuLimit = value;
  }
  public resetCpuLimit() {
    this._cpuLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuLimitInput() {
    return this._cpuLimit;
  }

  // cpu_reservation - computed: false, optional: true, required: false
  private _cpuReservation?: number; 
  public get cpuReservation() {
    return this.getNumberAttribute('cpu_reservation');
  }
  public set cpuReservation(value: number) {
    this._cpuReservation = value;
  }
  public resetCpuReservation() {
    this._cpuReservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuReservationInput() {
    return this._cpuReservation;
  }

  // cpu_share_level - computed: false, optional: true, required: false
  private _cpuShareLevel?: string; 
  public get cpuShareLevel() {
    return this.getStringAttribute('cpu_share_level');
  }
  public set cpuShareLevel(value: string) {
    this._cpuShareLevel = value;
  }
  public resetCpuShareLevel() {
    this._cpuShareLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuShareLevelInput() {
    return this._cpuShareLevel;
  }

  // cpu_shares - computed: true, optional: true, required: false
  private _cpuShares?: number; 
  public get cpuShares() {
    return this.getNumberAttribute('cpu_shares');
  }
  public set cpuShares(value: number) {
    this._cpuShares = value;
  }
  public resetCpuShares() {
    this._cpuShares = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuSharesInput() {
    return this._cpuShares;
  }

  // custom_attributes - computed: false, optional: true, required: false
  private _customAttributes?: { [key: string]: string }; 
  public get customAttributes() {
    return this.getStringMapAttribute('custom_attributes');
  }
  public set customAttributes(value: { [key: string]: string }) {
    this._customAttributes = value;
  }
  public resetCustomAttributes() {
    this._customAttributes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customAttributesInput() {
    return this._customAttributes;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // memory_expandable - computed: false, optional: true, required: false
  private _memoryExpandable?: boolean | cdktn.IResolvable; 
  public get memoryExpandable() {
    return this.getBooleanAttribute('memory_expandable');
  }
  public set memoryExpandable(value: boolean | cdktn.IResolvable) {
    this._memoryExpandable = value;
  }
  public resetMemoryExpandable() {
    this._memoryExpandable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryExpandableInput() {
    return this._memoryExpandable;
  }

  // memory_limit - computed: false, optional: true, required: false
  private _memoryLimit?: number; 
  public get memoryLimit() {
    return this.getNumberAttribute('memory_limit');
  }
  public set memoryLimit(value: number) {
    this._memoryLimit = value;
  }
  public resetMemoryLimit() {
    this._memoryLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryLimitInput() {
    return this._memoryLimit;
  }

  // memory_reservation - computed: false, optional: true, required: false
  private _memoryReservation?: number; 
  public get memoryReservation() {
    return this.getNumberAttribute('memory_reservation');
  }
  public set memoryReservation(value: number) {
    this._memoryReservation = value;
  }
  public resetMemoryReservation() {
    this._memoryReservation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryReservationInput() {
    return this._memoryReservation;
  }

  // memory_share_level - computed: false, optional: true, required: false
  private _memoryShareLevel?: string; 
  public get memoryShareLevel() {
    return this.getStringAttribute('memory_share_level');
  }
  public set memoryShareLevel(value: string) {
    this._memoryShareLevel = value;
  }
  public resetMemoryShareLevel() {
    this._memoryShareLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryShareLevelInput() {
    return this._memoryShareLevel;
  }

  // memory_shares - computed: true, optional: true, required: false
  private _memoryShares?: number; 
  public get memoryShares() {
    return this.getNumberAttribute('memory_shares');
  }
  public set memoryShares(value: number) {
    this._memoryShares = value;
  }
  public resetMemoryShares() {
    this._memoryShares = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memorySharesInput() {
    return this._memoryShares;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_resource_pool_id - computed: false, optional: false, required: true
  private _parentResourcePoolId?: string; 
  public get parentResourcePoolId() {
    return this.getStringAttribute('parent_resource_pool_id');
  }
  public set parentResourcePoolId(value: string) {
    this._parentResourcePoolId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get parentResourcePoolIdInput() {
    return this._parentResourcePoolId;
  }

  // scale_descendants_shares - computed: false, optional: true, required: false
  private _scaleDescendantsShares?: string; 
  public get scaleDescendantsShares() {
    return this.getStringAttribute('scale_descendants_shares');
  }
  public set scaleDescendantsShares(value: string) {
    this._scaleDescendantsShares = value;
  }
  public resetScaleDescendantsShares() {
    this._scaleDescendantsShares = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scaleDescendantsSharesInput() {
    return this._scaleDescendantsShares;
  }

  // tags - computed: false, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktn.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cpu_expandable: cdktn.booleanToTerraform(this._cpuExpandable),
      cpu_limit: cdktn.numberToTerraform(this._cpuLimit),
      cpu_reservation: cdktn.numberToTerraform(this._cpuReservation),
      cpu_share_level: cdktn.stringToTerraform(this._cpuShareLevel),
      cpu_shares: cdktn.numberToTerraform(this._cpuShares),
      custom_attributes: cdktn.hashMapper(cdktn.stringToTerraform)(this._customAttributes),
      id: cdktn.stringToTerraform(this._id),
      memory_expandable: cdktn.booleanToTerraform(this._memoryExpandable),
      memory_limit: cdktn.numberToTerraform(this._memoryLimit),
      memory_reservation: cdktn.numberToTerraform(this._memoryReservation),
      memory_share_level: cdktn.stringToTerraform(this._memoryShareLevel),
      memory_shares: cdktn.numberToTerraform(this._memoryShares),
      name: cdktn.stringToTerraform(this._name),
      parent_resource_pool_id: cdktn.stringToTerraform(this._parentResourcePoolId),
      scale_descendants_shares: cdktn.stringToTerraform(this._scaleDescendantsShares),
      tags: cdktn.listMapper(cdktn.stringToTerraform, false)(this._tags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cpu_expandable: {
        value: cdktn.booleanToHclTerraform(this._cpuExpandable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cpu_limit: {
        value: cdktn.numberToHclTerraform(this._cpuLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_reservation: {
        value: cdktn.numberToHclTerraform(this._cpuReservation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_share_level: {
        value: cdktn.stringToHclTerraform(this._cpuShareLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cpu_shares: {
        value: cdktn.numberToHclTerraform(this._cpuShares),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      custom_attributes: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._customAttributes),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory_expandable: {
        value: cdktn.booleanToHclTerraform(this._memoryExpandable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      memory_limit: {
        value: cdktn.numberToHclTerraform(this._memoryLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_reservation: {
        value: cdktn.numberToHclTerraform(this._memoryReservation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_share_level: {
        value: cdktn.stringToHclTerraform(this._memoryShareLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory_shares: {
        value: cdktn.numberToHclTerraform(this._memoryShares),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      parent_resource_pool_id: {
        value: cdktn.stringToHclTerraform(this._parentResourcePoolId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scale_descendants_shares: {
        value: cdktn.stringToHclTerraform(this._scaleDescendantsShares),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
