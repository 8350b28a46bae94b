// https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface TagCategoryConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#associable_types TagCategory#associable_types}
  */
  readonly associableTypes: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#cardinality TagCategory#cardinality}
  */
  readonly cardinality: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#description TagCategory#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#id TagCategory#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#name TagCategory#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category vsphere_tag_category}
*/
export class TagCategory extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vsphere_tag_category";

  // Added by seedbed (scripts/gen-providers.ts).
  /**
  * The Terraform attributes of a TagCategory constructed with `config`, as its synthesizeAttributes() gives them,
  * without constructing it.
  *
  * @param config TagCategoryConfig
  */
  public static configToTerraform(config: TagCategoryConfig): { [name: string]: any } {
    return {
      associable_types: cdktn.listMapper(cdktn.stringToTerraform, false)(config.associableTypes),
      cardinality: cdktn.stringToTerraform(config.cardinality),
      description: cdktn.stringToTerraform(config.description),
      id: cdktn.stringToTerraform(config.id),
      name: cdktn.stringToTerraform(config.name),
    };
  }

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a TagCategory resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TagCategory to import
  * @param importFromId The id of the existing TagCategory that should be imported. Refer to the {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TagCategory to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "vsphere_tag_category", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/tag_category vsphere_tag_category} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TagCategoryConfig
  */
  public constructor(scope: Construct, id: string, config: TagCategoryConfig) {
    super(scope, id, {
      terraformResourceType: 'vsphere_tag_category',
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
    this._associableTypes = config.associableTypes;
    this._cardinality = config.cardinality;
    this._description = config.description;
    this._id = config.id;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // associable_types - computed: false, optional: false, required: true
  private _associableTypes?: string[]; 
  public get associableTypes() {
    return cdktn.Fn.tolist(this.getListAttribute('associable_types'));
  }
  public set associableTypes(value: string[]) {
    this._associableTypes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get associableTypesInput() {
    return this._associableTypes;
  }

  // cardinality - computed: false, optional: false, required: true
  private _cardinality?: string; 
  public get cardinality() {
    return this.getStringAttribute('cardinality');
  }
  public set cardinality(value: string) {
    this._cardinality = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cardinalityInput() {
    return this._cardinality;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      associable_types: cdktn.listMapper(cdktn.stringToTerraform, false)(this._associableTypes),
      cardinality: cdktn.stringToTerraform(this._cardinality),
      description: cdktn.stringToTerraform(this._description),
      id: cdktn.stringToTerraform(this._id),
      name: cdktn.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      associable_types: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._associableTypes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      cardinality: {
        value: cdktn.stringToHclTerraform(this._cardinality),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
