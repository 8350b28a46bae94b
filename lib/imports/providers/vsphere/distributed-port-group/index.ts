// https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DistributedPortGroupConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#active_uplinks DistributedPortGroup#active_uplinks}
  */
  readonly activeUplinks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#allow_forged_transmits DistributedPortGroup#allow_forged_transmits}
  */
  readonly allowForgedTransmits?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#allow_mac_changes DistributedPortGroup#allow_mac_changes}
  */
  readonly allowMacChanges?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#allow_promiscuous DistributedPortGroup#allow_promiscuous}
  */
  readonly allowPromiscuous?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#auto_expand DistributedPortGroup#auto_expand}
  */
  readonly autoExpand?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#block_all_ports DistributedPortGroup#block_all_ports}
  */
  readonly blockAllPorts?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#block_override_allowed DistributedPortGroup#block_override_allowed}
  */
  readonly blockOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#check_beacon DistributedPortGroup#check_beacon}
  */
  readonly checkBeacon?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#custom_attributes DistributedPortGroup#custom_attributes}
  */
  readonly customAttributes?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#description DistributedPortGroup#description}
  */
  readonly description?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#directpath_gen2_allowed DistributedPortGroup#directpath_gen2_allowed}
  */
  readonly directpathGen2Allowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#distributed_virtual_switch_uuid DistributedPortGroup#distributed_virtual_switch_uuid}
  */
  readonly distributedVirtualSwitchUuid: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#egress_shaping_average_bandwidth DistributedPortGroup#egress_shaping_average_bandwidth}
  */
  readonly egressShapingAverageBandwidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#egress_shaping_burst_size DistributedPortGroup#egress_shaping_burst_size}
  */
  readonly egressShapingBurstSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#egress_shaping_enabled DistributedPortGroup#egress_shaping_enabled}
  */
  readonly egressShapingEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#egress_shaping_peak_bandwidth DistributedPortGroup#egress_shaping_peak_bandwidth}
  */
  readonly egressShapingPeakBandwidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#failback DistributedPortGroup#failback}
  */
  readonly failback?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#id DistributedPortGroup#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#ingress_shaping_average_bandwidth DistributedPortGroup#ingress_shaping_average_bandwidth}
  */
  readonly ingressShapingAverageBandwidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#ingress_shaping_burst_size DistributedPortGroup#ingress_shaping_burst_size}
  */
  readonly ingressShapingBurstSize?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#ingress_shaping_enabled DistributedPortGroup#ingress_shaping_enabled}
  */
  readonly ingressShapingEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#ingress_shaping_peak_bandwidth DistributedPortGroup#ingress_shaping_peak_bandwidth}
  */
  readonly ingressShapingPeakBandwidth?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#lacp_enabled DistributedPortGroup#lacp_enabled}
  */
  readonly lacpEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#lacp_mode DistributedPortGroup#lacp_mode}
  */
  readonly lacpMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#live_port_moving_allowed DistributedPortGroup#live_port_moving_allowed}
  */
  readonly livePortMovingAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#name DistributedPortGroup#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#netflow_enabled DistributedPortGroup#netflow_enabled}
  */
  readonly netflowEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#netflow_override_allowed DistributedPortGroup#netflow_override_allowed}
  */
  readonly netflowOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#network_resource_pool_key DistributedPortGroup#network_resource_pool_key}
  */
  readonly networkResourcePoolKey?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#network_resource_pool_override_allowed DistributedPortGroup#network_resource_pool_override_allowed}
  */
  readonly networkResourcePoolOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#notify_switches DistributedPortGroup#notify_switches}
  */
  readonly notifySwitches?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#number_of_ports DistributedPortGroup#number_of_ports}
  */
  readonly numberOfPorts?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#port_config_reset_at_disconnect DistributedPortGroup#port_config_reset_at_disconnect}
  */
  readonly portConfigResetAtDisconnect?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#port_name_format DistributedPortGroup#port_name_format}
  */
  readonly portNameFormat?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#port_private_secondary_vlan_id DistributedPortGroup#port_private_secondary_vlan_id}
  */
  readonly portPrivateSecondaryVlanId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#security_policy_override_allowed DistributedPortGroup#security_policy_override_allowed}
  */
  readonly securityPolicyOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#shaping_override_allowed DistributedPortGroup#shaping_override_allowed}
  */
  readonly shapingOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#standby_uplinks DistributedPortGroup#standby_uplinks}
  */
  readonly standbyUplinks?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#tags DistributedPortGroup#tags}
  */
  readonly tags?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#teaming_policy DistributedPortGroup#teaming_policy}
  */
  readonly teamingPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#traffic_filter_override_allowed DistributedPortGroup#traffic_filter_override_allowed}
  */
  readonly trafficFilterOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#tx_uplink DistributedPortGroup#tx_uplink}
  */
  readonly txUplink?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#type DistributedPortGroup#type}
  */
  readonly type?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#uplink_teaming_override_allowed DistributedPortGroup#uplink_teaming_override_allowed}
  */
  readonly uplinkTeamingOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#vlan_id DistributedPortGroup#vlan_id}
  */
  readonly vlanId?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#vlan_override_allowed DistributedPortGroup#vlan_override_allowed}
  */
  readonly vlanOverrideAllowed?: boolean | cdktn.IResolvable;
  /**
  * vlan_range block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#vlan_range DistributedPortGroup#vlan_range}
  */
  readonly vlanRange?: DistributedPortGroupVlanRange[] | cdktn.IResolvable;
}
export interface DistributedPortGroupVlanRange {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#max_vlan DistributedPortGroup#max_vlan}
  */
  readonly maxVlan: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#min_vlan DistributedPortGroup#min_vlan}
  */
  readonly minVlan: number;
}

export function distributedPortGroupVlanRangeToTerraform(struct?: DistributedPortGroupVlanRange | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    max_vlan: cdktn.numberToTerraform(struct!.maxVlan),
    min_vlan: cdktn.numberToTerraform(struct!.minVlan),
  }
}


export function distributedPortGroupVlanRangeToHclTerraform(struct?: DistributedPortGroupVlanRange | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    max_vlan: {
      value: cdktn.numberToHclTerraform(struct!.maxVlan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min_vlan: {
      value: cdktn.numberToHclTerraform(struct!.minVlan),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DistributedPortGroupVlanRangeOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DistributedPortGroupVlanRange | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._maxVlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.maxVlan = this._maxVlan;
    }
    if (this._minVlan !== undefined) {
      hasAnyValues = true;
      internalValueResult.minVlan = this._minVlan;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DistributedPortGroupVlanRange | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._maxVlan = undefined;
      this._minVlan = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._maxVlan = value.maxVlan;
      this._minVlan = value.minVlan;
    }
  }

  // max_vlan - computed: false, optional: false, required: true
  private _maxVlan?: number; 
  public get maxVlan() {
    return this.getNumberAttribute('max_vlan');
  }
  public set maxVlan(value: number) {
    this._maxVlan = value;
  }
  // Temporarily expose input value. Use with caution.
  public get maxVlanInput() {
    return this._maxVlan;
  }

  // min_vlan - computed: false, optional: false, required: true
  private _minVlan?: number; 
  public get minVlan() {
    return this.getNumberAttribute('min_vlan');
  }
  public set minVlan(value: number) {
    this._minVlan = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minVlanInput() {
    return this._minVlan;
  }
}

export class DistributedPortGroupVlanRangeList extends cdktn.ComplexList {
  public internalValue? : DistributedPortGroupVlanRange[] | cdktn.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet);
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): DistributedPortGroupVlanRangeOutputReference {
    return new DistributedPortGroupVlanRangeOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group vsphere_distributed_port_group}
*/
export class DistributedPortGroup extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vsphere_distributed_port_group";

  // Added by seedbed (scripts/gen-providers.ts).
  /**
  * The Terraform attributes of a DistributedPortGroup constructed with `config`, as its synthesizeAttributes() gives them,
  * without constructing it.
  *
  * @param config DistributedPortGroupConfig
  */
  public static configToTerraform(config: DistributedPortGroupConfig): { [name: string]: any } {
    return {
      active_uplinks: cdktn.listMapper(cdktn.stringToTerraform, false)(config.activeUplinks),
      allow_forged_transmits: cdktn.booleanToTerraform(config.allowForgedTransmits),
      allow_mac_changes: cdktn.booleanToTerraform(config.allowMacChanges),
      allow_promiscuous: cdktn.booleanToTerraform(config.allowPromiscuous),
      auto_expand: cdktn.booleanToTerraform(config.autoExpand),
      block_all_ports: cdktn.booleanToTerraform(config.blockAllPorts),
      block_override_allowed: cdktn.booleanToTerraform(config.blockOverrideAllowed),
      check_beacon: cdktn.booleanToTerraform(config.checkBeacon),
      custom_attributes: cdktn.hashMapper(cdktn.stringToTerraform)(config.customAttributes),
      description: cdktn.stringToTerraform(config.description),
      directpath_gen2_allowed: cdktn.booleanToTerraform(config.directpathGen2Allowed),
      distributed_virtual_switch_uuid: cdktn.stringToTerraform(config.distributedVirtualSwitchUuid),
      egress_shaping_average_bandwidth: cdktn.numberToTerraform(config.egressShapingAverageBandwidth),
      egress_shaping_burst_size: cdktn.numberToTerraform(config.egressShapingBurstSize),
      egress_shaping_enabled: cdktn.booleanToTerraform(config.egressShapingEnabled),
      egress_shaping_peak_bandwidth: cdktn.numberToTerraform(config.egressShapingPeakBandwidth),
      failback: cdktn.booleanToTerraform(config.failback),
      id: cdktn.stringToTerraform(config.id),
      ingress_shaping_average_bandwidth: cdktn.numberToTerraform(config.ingressShapingAverageBandwidth),
      ingress_shaping_burst_size: cdktn.numberToTerraform(config.ingressShapingBurstSize),
      ingress_shaping_enabled: cdktn.booleanToTerraform(config.ingressShapingEnabled),
      ingress_shaping_peak_bandwidth: cdktn.numberToTerraform(config.ingressShapingPeakBandwidth),
      lacp_enabled: cdktn.booleanToTerraform(config.lacpEnabled),
      lacp_mode: cdktn.stringToTerraform(config.lacpMode),
      live_port_moving_allowed: cdktn.booleanToTerraform(config.livePortMovingAllowed),
      name: cdktn.stringToTerraform(config.name),
      netflow_enabled: cdktn.booleanToTerraform(config.netflowEnabled),
      netflow_override_allowed: cdktn.booleanToTerraform(config.netflowOverrideAllowed),
      network_resource_pool_key: cdktn.stringToTerraform(config.networkResourcePoolKey),
      network_resource_pool_override_allowed: cdktn.booleanToTerraform(config.networkResourcePoolOverrideAllowed),
      notify_switches: cdktn.booleanToTerraform(config.notifySwitches),
      number_of_ports: cdktn.numberToTerraform(config.numberOfPorts),
      port_config_reset_at_disconnect: cdktn.booleanToTerraform(config.portConfigResetAtDisconnect),
      port_name_format: cdktn.stringToTerraform(config.portNameFormat),
      port_private_secondary_vlan_id: cdktn.numberToTerraform(config.portPrivateSecondaryVlanId),
      security_policy_override_allowed: cdktn.booleanToTerraform(config.securityPolicyOverrideAllowed),
      shaping_override_allowed: cdktn.booleanToTerraform(config.shapingOverrideAllowed),
      standby_uplinks: cdktn.listMapper(cdktn.stringToTerraform, false)(config.standbyUplinks),
      tags: cdktn.listMapper(cdktn.stringToTerraform, false)(config.tags),
      teaming_policy: cdktn.stringToTerraform(config.teamingPolicy),
      traffic_filter_override_allowed: cdktn.booleanToTerraform(config.trafficFilterOverrideAllowed),
      tx_uplink: cdktn.booleanToTerraform(config.txUplink),
      type: cdktn.stringToTerraform(config.type),
      uplink_teaming_override_allowed: cdktn.booleanToTerraform(config.uplinkTeamingOverrideAllowed),
      vlan_id: cdktn.numberToTerraform(config.vlanId),
      vlan_override_allowed: cdktn.booleanToTerraform(config.vlanOverrideAllowed),
      vlan_range: cdktn.listMapper(distributedPortGroupVlanRangeToTerraform, true)(config.vlanRange),
    };
  }

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DistributedPortGroup resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DistributedPortGroup to import
  * @param importFromId The id of the existing DistributedPortGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DistributedPortGroup to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "vsphere_distributed_port_group", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/resources/distributed_port_group vsphere_distributed_port_group} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DistributedPortGroupConfig
  */
  public constructor(scope: Construct, id: string, config: DistributedPortGroupConfig) {
    super(scope, id, {
      terraformResourceType: 'vsphere_distributed_port_group',
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
    this._activeUplinks = config.activeUplinks;
    this._allowForgedTransmits = config.allowForgedTransmits;
    this._allowMacChanges = config.allowMacChanges;
    this._allowPromiscuous = config.allowPromiscuous;
    this._autoExpand = config.autoExpand;
    this._blockAllPorts = config.blockAllPorts;
    this._blockOverrideAllowed = config.blockOverrideAllowed;
    this._checkBeacon = config.checkBeacon;
    this._customAttributes = config.customAttributes;
    this._description = config.description;
    this._directpathGen2Allowed = config.directpathGen2Allowed;
    this._distributedVirtualSwitchUuid = config.distributedVirtualSwitchUuid;
    this._egressShapingAverageBandwidth = config.egressShapingAverageBandwidth;
    this._egressShapingBurstSize = config.egressShapingBurstSize;
    this._egressShapingEnabled = config.egressShapingEnabled;
    this._egressShapingPeakBandwidth = config.egressShapingPeakBandwidth;
    this._failback = config.failback;
    this._id = config.id;
    this._ingressShapingAverageBandwidth = config.ingressShapingAverageBandwidth;
    this._ingressShapingBurstSize = config.ingressShapingBurstSize;
    this._ingressShapingEnabled = config.ingressShapingEnabled;
    this._ingressShapingPeakBandwidth = config.ingressShapingPeakBandwidth;
    this._lacpEnabled = config.lacpEnabled;
    this._lacpMode = config.lacpMode;
    this._livePortMovingAllowed = config.livePortMovingAllowed;
    this._name = config.name;
    this._netflowEnabled = config.netflowEnabled;
    this._netflowOverrideAllowed = config.netflowOverrideAllowed;
    this._networkResourcePoolKey = config.networkResourcePoolKey;
    this._networkResourcePoolOverrideAllowed = config.networkResourcePoolOverrideAllowed;
    this._notifySwitches = config.notifySwitches;
    this._numberOfPorts = config.numberOfPorts;
    this._portConfigResetAtDisconnect = config.portConfigResetAtDisconnect;
    this._portNameFormat = config.portNameFormat;
    this._portPrivateSecondaryVlanId = config.portPrivateSecondaryVlanId;
    this._securityPolicyOverrideAllowed = config.securityPolicyOverrideAllowed;
    this._shapingOverrideAllowed = config.shapingOverrideAllowed;
    this._standbyUplinks = config.standbyUplinks;
    this._tags = config.tags;
    this._teamingPolicy = config.teamingPolicy;
    this._trafficFilterOverrideAllowed = config.trafficFilterOverrideAllowed;
    this._txUplink = config.txUplink;
    this._type = config.type;
    this._uplinkTeamingOverrideAllowed = config.uplinkTeamingOverrideAllowed;
    this._vlanId = config.vlanId;
    this._vlanOverrideAllowed = config.vlanOverrideAllowed;
    this._vlanRange.internalValue = config.vlanRange;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // active_uplinks - computed: true, optional: true, required: false
  private _activeUplinks?: string[]; 
  public get activeUplinks() {
    return this.getListAttribute('active_uplinks');
  }
  public set activeUplinks(value: string[]) {
    this._activeUplinks = value;
  }
  public resetActiveUplinks() {
    this._activeUplinks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activeUplinksInput() {
    return this._activeUplinks;
  }

  // allow_forged_transmits - computed: true, optional: true, required: false
  private _allowForgedTransmits?: boolean | cdktn.IResolvable; 
  public get allowForgedTransmits() {
    return this.getBooleanAttribute('allow_forged_transmits');
  }
  public set allowForgedTransmits(value: boolean | cdktn.IResolvable) {
    this._allowForgedTransmits = value;
  }
  public resetAllowForgedTransmits() {
    this._allowForgedTransmits = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowForgedTransmitsInput() {
    return this._allowForgedTransmits;
  }

  // allow_mac_changes - computed: true, optional: true, required: false
  private _allowMacChanges?: boolean | cdktn.IResolvable; 
  public get allowMacChanges() {
    return this.getBooleanAttribute('allow_mac_changes');
  }
  public set allowMacChanges(value: boolean | cdktn.IResolvable) {
    this._allowMacChanges = value;
  }
  public resetAllowMacChanges() {
    this._allowMacChanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowMacChangesInput() {
    return this._allowMacChanges;
  }

  // allow_promiscuous - computed: true, optional: true, required: false
  private _allowPromiscuous?: boolean | cdktn.IResolvable; 
  public get allowPromiscuous() {
    return this.getBooleanAttribute('allow_promiscuous');
  }
  public set allowPromiscuous(value: boolean | cdktn.IResolvable) {
    this._allowPromiscuous = value;
  }
  public resetAllowPromiscuous() {
    this._allowPromiscuous = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPromiscuousInput() {
    return this._allowPromiscuous;
  }

  // auto_expand - computed: false, optional: true, required: false
  private _autoExpand?: boolean | cdktn.IResolvable; 
  public get autoExpand() {
    return this.getBooleanAttribute('auto_expand');
  }
  public set autoExpand(value: boolean | cdktn.IResolvable) {
    this._autoExpand = value;
  }
  public resetAutoExpand() {
    this._autoExpand = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autoExpandInput() {
    return this._autoExpand;
  }

  // block_all_ports - computed: true, optional: true, required: false
  private _blockAllPorts?: boolean | cdktn.IResolvable; 
  public get blockAllPorts() {
    return this.getBooleanAttribute('block_all_ports');
  }
  public set blockAllPorts(value: boolean | cdktn.IResolvable) {
    this._blockAllPorts = value;
  }
  public resetBlockAllPorts() {
    this._blockAllPorts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blockAllPortsInput() {
    return this._blockAllPorts;
  }

  // block_override_allowed - computed: false, optional: true, required: false
  private _blockOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get blockOverrideAllowed() {
    return this.getBooleanAttribute('block_override_allowed');
  }
  public set blockOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._blockOverrideAllowed = value;
  }
  public resetBlockOverrideAllowed() {
    this._blockOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blockOverrideAllowedInput() {
    return this._blockOverrideAllowed;
  }

  // check_beacon - computed: true, optional: true, required: false
  private _checkBeacon?: boolean | cdktn.IResolvable; 
  public get checkBeacon() {
    return this.getBooleanAttribute('check_beacon');
  }
  public set checkBeacon(value: boolean | cdktn.IResolvable) {
    this._checkBeacon = value;
  }
  public resetCheckBeacon() {
    this._checkBeacon = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkBeaconInput() {
    return this._checkBeacon;
  }

  // config_version - computed: true, optional: false, required: false
  public get configVersion() {
    return this.getStringAttribute('config_version');
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

  // directpath_gen2_allowed - computed: true, optional: true, required: false
  private _directpathGen2Allowed?: boolean | cdktn.IResolvable; 
  public get directpathGen2Allowed() {
    return this.getBooleanAttribute('directpath_gen2_allowed');
  }
  public set directpathGen2Allowed(value: boolean | cdktn.IResolvable) {
    this._directpathGen2Allowed = value;
  }
  public resetDirectpathGen2Allowed() {
    this._directpathGen2Allowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directpathGen2AllowedInput() {
    return this._directpathGen2Allowed;
  }

  // distributed_virtual_switch_uuid - computed: false, optional: false, required: true
  private _distributedVirtualSwitchUuid?: string; 
  public get distributedVirtualSwitchUuid() {
    return this.getStringAttribute('distributed_virtual_switch_uuid');
  }
  public set distributedVirtualSwitchUuid(value: string) {
    this._distributedVirtualSwitchUuid = value;
  }
  // Temporarily expose input value. Use with caution.
  public get distributedVirtualSwitchUuidInput() {
    return this._distributedVirtualSwitchUuid;
  }

  // egress_shaping_average_bandwidth - computed: true, optional: true, required: false
  private _egressShapingAverageBandwidth?: number; 
  public get egressShapingAverageBandwidth() {
    return this.getNumberAttribute('egress_shaping_average_bandwidth');
  }
  public set egressShapingAverageBandwidth(value: number) {
    this._egressShapingAverageBandwidth = value;
  }
  public resetEgressShapingAverageBandwidth() {
    this._egressShapingAverageBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get egressShapingAverageBandwidthInput() {
    return this._egressShapingAverageBandwidth;
  }

  // egress_shaping_burst_size - computed: true, optional: true, required: false
  private _egressShapingBurstSize?: number; 
  public get egressShapingBurstSize() {
    return this.getNumberAttribute('egress_shaping_burst_size');
  }
  public set egressShapingBurstSize(value: number) {
    this._egressShapingBurstSize = value;
  }
  public resetEgressShapingBurstSize() {
    this._egressShapingBurstSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get egressShapingBurstSizeInput() {
    return this._egressShapingBurstSize;
  }

  // egress_shaping_enabled - computed: true, optional: true, required: false
  private _egressShapingEnabled?: boolean | cdktn.IResolvable; 
  public get egressShapingEnabled() {
    return this.getBooleanAttribute('egress_shaping_enabled');
  }
  public set egressShapingEnabled(value: boolean | cdktn.IResolvable) {
    this._egressShapingEnabled = value;
  }
  public resetEgressShapingEnabled() {
    this._egressShapingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get egressShapingEnabledInput() {
    return this._egressShapingEnabled;
  }

  // egress_shaping_peak_bandwidth - computed: true, optional: true, required: false
  private _egressShapingPeakBandwidth?: number; 
  public get egressShapingPeakBandwidth() {
    return this.getNumberAttribute('egress_shaping_peak_bandwidth');
  }
  public set egressShapingPeakBandwidth(value: number) {
    this._egressShapingPeakBandwidth = value;
  }
  public resetEgressShapingPeakBandwidth() {
    this._egressShapingPeakBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get egressShapingPeakBandwidthInput() {
    return this._egressShapingPeakBandwidth;
  }

  // failback - computed: true, optional: true, required: false
  private _failback?: boolean | cdktn.IResolvable; 
  public get failback() {
    return this.getBooleanAttribute('failback');
  }
  public set failback(value: boolean | cdktn.IResolvable) {
    this._failback = value;
  }
  public resetFailback() {
    this._failback = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failbackInput() {
    return this._failback;
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

  // ingress_shaping_average_bandwidth - computed: true, optional: true, required: false
  private _ingressShapingAverageBandwidth?: number; 
  public get ingressShapingAverageBandwidth() {
    return this.getNumberAttribute('ingress_shaping_average_bandwidth');
  }
  public set ingressShapingAverageBandwidth(value: number) {
    this._ingressShapingAverageBandwidth = value;
  }
  public resetIngressShapingAverageBandwidth() {
    this._ingressShapingAverageBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressShapingAverageBandwidthInput() {
    return this._ingressShapingAverageBandwidth;
  }

  // ingress_shaping_burst_size - computed: true, optional: true, required: false
  private _ingressShapingBurstSize?: number; 
  public get ingressShapingBurstSize() {
    return this.getNumberAttribute('ingress_shaping_burst_size');
  }
  public set ingressShapingBurstSize(value: number) {
    this._ingressShapingBurstSize = value;
  }
  public resetIngressShapingBurstSize() {
    this._ingressShapingBurstSize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressShapingBurstSizeInput() {
    return this._ingressShapingBurstSize;
  }

  // ingress_shaping_enabled - computed: true, optional: true, required: false
  private _ingressShapingEnabled?: boolean | cdktn.IResolvable; 
  public get ingressShapingEnabled() {
    return this.getBooleanAttribute('ingress_shaping_enabled');
  }
  public set ingressShapingEnabled(value: boolean | cdktn.IResolvable) {
    this._ingressShapingEnabled = value;
  }
  public resetIngressShapingEnabled() {
    this._ingressShapingEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressShapingEnabledInput() {
    return this._ingressShapingEnabled;
  }

  // ingress_shaping_peak_bandwidth - computed: true, optional: true, required: false
  private _ingressShapingPeakBandwidth?: number; 
  public get ingressShapingPeakBandwidth() {
    return this.getNumberAttribute('ingress_shaping_peak_bandwidth');
  }
  public set ingressShapingPeakBandwidth(value: number) {
    this._ingressShapingPeakBandwidth = value;
  }
  public resetIngressShapingPeakBandwidth() {
    this._ingressShapingPeakBandwidth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ingressShapingPeakBandwidthInput() {
    return this._ingressShapingPeakBandwidth;
  }

  // key - computed: true, optional: false, required: false
  public get key() {
    return this.getStringAttribute('key');
  }

  // lacp_enabled - computed: true, optional: true, required: false
  private _lacpEnabled?: boolean | cdktn.IResolvable; 
  public get lacpEnabled() {
    return this.getBooleanAttribute('lacp_enabled');
  }
  public set lacpEnabled(value: boolean | cdktn.IResolvable) {
    this._lacpEnabled = value;
  }
  public resetLacpEnabled() {
    this._lacpEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lacpEnabledInput() {
    return this._lacpEnabled;
  }

  // lacp_mode - computed: true, optional: true, required: false
  private _lacpMode?: string; 
  public get lacpMode() {
    return this.getStringAttribute('lacp_mode');
  }
  public set lacpMode(value: string) {
    this._lacpMode = value;
  }
  public resetLacpMode() {
    this._lacpMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lacpModeInput() {
    return this._lacpMode;
  }

  // live_port_moving_allowed - computed: false, optional: true, required: false
  private _livePortMovingAllowed?: boolean | cdktn.IResolvable; 
  public get livePortMovingAllowed() {
    return this.getBooleanAttribute('live_port_moving_allowed');
  }
  public set livePortMovingAllowed(value: boolean | cdktn.IResolvable) {
    this._livePortMovingAllowed = value;
  }
  public resetLivePortMovingAllowed() {
    this._livePortMovingAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get livePortMovingAllowedInput() {
    return this._livePortMovingAllowed;
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

  // netflow_enabled - computed: true, optional: true, required: false
  private _netflowEnabled?: boolean | cdktn.IResolvable; 
  public get netflowEnabled() {
    return this.getBooleanAttribute('netflow_enabled');
  }
  public set netflowEnabled(value: boolean | cdktn.IResolvable) {
    this._netflowEnabled = value;
  }
  public resetNetflowEnabled() {
    this._netflowEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netflowEnabledInput() {
    return this._netflowEnabled;
  }

  // netflow_override_allowed - computed: false, optional: true, required: false
  private _netflowOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get netflowOverrideAllowed() {
    return this.getBooleanAttribute('netflow_override_allowed');
  }
  public set netflowOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._netflowOverrideAllowed = value;
  }
  public resetNetflowOverrideAllowed() {
    this._netflowOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netflowOverrideAllowedInput() {
    return this._netflowOverrideAllowed;
  }

  // network_resource_pool_key - computed: false, optional: true, required: false
  private _networkResourcePoolKey?: string; 
  public get networkResourcePoolKey() {
    return this.getStringAttribute('network_resource_pool_key');
  }
  public set networkResourcePoolKey(value: string) {
    this._networkResourcePoolKey = value;
  }
  public resetNetworkResourcePoolKey() {
    this._networkResourcePoolKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkResourcePoolKeyInput() {
    return this._networkResourcePoolKey;
  }

  // network_resource_pool_override_allowed - computed: false, optional: true, required: false
  private _networkResourcePoolOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get networkResourcePoolOverrideAllowed() {
    return this.getBooleanAttribute('network_resource_pool_override_allowed');
  }
  public set networkResourcePoolOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._networkResourcePoolOverrideAllowed = value;
  }
  public resetNetworkResourcePoolOverrideAllowed() {
    this._networkResourcePoolOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkResourcePoolOverrideAllowedInput() {
    return this._networkResourcePoolOverrideAllowed;
  }

  // notify_switches - computed: true, optional: true, required: false
  private _notifySwitches?: boolean | cdktn.IResolvable; 
  public get notifySwitches() {
    return this.getBooleanAttribute('notify_switches');
  }
  public set notifySwitches(value: boolean | cdktn.IResolvable) {
    this._notifySwitches = value;
  }
  public resetNotifySwitches() {
    this._notifySwitches = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get notifySwitchesInput() {
    return this._notifySwitches;
  }

  // number_of_ports - computed: true, optional: true, required: false
  private _numberOfPorts?: number; 
  public get numberOfPorts() {
    return this.getNumberAttribute('number_of_ports');
  }
  public set numberOfPorts(value: number) {
    this._numberOfPorts = value;
  }
  public resetNumberOfPorts() {
    this._numberOfPorts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberOfPortsInput() {
    return this._numberOfPorts;
  }

  // port_config_reset_at_disconnect - computed: false, optional: true, required: false
  private _portConfigResetAtDisconnect?: boolean | cdktn.IResolvable; 
  public get portConfigResetAtDisconnect() {
    return this.getBooleanAttribute('port_config_reset_at_disconnect');
  }
  public set portConfigResetAtDisconnect(value: boolean | cdktn.IResolvable) {
    this._portConfigResetAtDisconnect = value;
  }
  public resetPortConfigResetAtDisconnect() {
    this._portConfigResetAtDisconnect = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portConfigResetAtDisconnectInput() {
    return this._portConfigResetAtDisconnect;
  }

  // port_name_format - computed: false, optional: true, required: false
  private _portNameFormat?: string; 
  public get portNameFormat() {
    return this.getStringAttribute('port_name_format');
  }
  public set portNameFormat(value: string) {
    this._portNameFormat = value;
  }
  public resetPortNameFormat() {
    this._portNameFormat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portNameFormatInput() {
    return this._portNameFormat;
  }

  // port_private_secondary_vlan_id - computed: true, optional: true, required: false
  private _portPrivateSecondaryVlanId?: number; 
  public get portPrivateSecondaryVlanId() {
    return this.getNumberAttribute('port_private_secondary_vlan_id');
  }
  public set portPrivateSecondaryVlanId(value: number) {
    this._portPrivateSecondaryVlanId = value;
  }
  public resetPortPrivateSecondaryVlanId() {
    this._portPrivateSecondaryVlanId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portPrivateSecondaryVlanIdInput() {
    return this._portPrivateSecondaryVlanId;
  }

  // security_policy_override_allowed - computed: false, optional: true, required: false
  private _securityPolicyOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get securityPolicyOverrideAllowed() {
    return this.getBooleanAttribute('security_policy_override_allowed');
  }
  public set securityPolicyOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._securityPolicyOverrideAllowed = value;
  }
  public resetSecurityPolicyOverrideAllowed() {
    this._securityPolicyOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityPolicyOverrideAllowedInput() {
    return this._securityPolicyOverrideAllowed;
  }

  // shaping_override_allowed - computed: false, optional: true, required: false
  private _shapingOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get shapingOverrideAllowed() {
    return this.getBooleanAttribute('shaping_override_allowed');
  }
  public set shapingOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._shapingOverrideAllowed = value;
  }
  public resetShapingOverrideAllowed() {
    this._shapingOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shapingOverrideAllowedInput() {
    return this._shapingOverrideAllowed;
  }

  // standby_uplinks - computed: true, optional: true, required: false
  private _standbyUplinks?: string[]; 
  public get standbyUplinks() {
    return this.getListAttribute('standby_uplinks');
  }
  public set standbyUplinks(value: string[]) {
    this._standbyUplinks = value;
  }
  public resetStandbyUplinks() {
    this._standbyUplinks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get standbyUplinksInput() {
    return this._standbyUplinks;
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

  // teaming_policy - computed: true, optional: true, required: false
  private _teamingPolicy?: string; 
  public get teamingPolicy() {
    return this.getStringAttribute('teaming_policy');
  }
  public set teamingPolicy(value: string) {
    this._teamingPolicy = value;
  }
  public resetTeamingPolicy() {
    this._teamingPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get teamingPolicyInput() {
    return this._teamingPolicy;
  }

  // traffic_filter_override_allowed - computed: false, optional: true, required: false
  private _trafficFilterOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get trafficFilterOverrideAllowed() {
    return this.getBooleanAttribute('traffic_filter_override_allowed');
  }
  public set trafficFilterOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._trafficFilterOverrideAllowed = value;
  }
  public resetTrafficFilterOverrideAllowed() {
    this._trafficFilterOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trafficFilterOverrideAllowedInput() {
    return this._trafficFilterOverrideAllowed;
  }

  // tx_uplink - computed: true, optional: true, required: false
  private _txUplink?: boolean | cdktn.IResolvable; 
  public get txUplink() {
    return this.getBooleanAttribute('tx_uplink');
  }
  public set txUplink(value: boolean | cdktn.IResolvable) {
    this._txUplink = value;
  }
  public resetTxUplink() {
    this._txUplink = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get txUplinkInput() {
    return this._txUplink;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // uplink_teaming_override_allowed - computed: false, optional: true, required: false
  private _uplinkTeamingOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get uplinkTeamingOverrideAllowed() {
    return this.getBooleanAttribute('uplink_teaming_override_allowed');
  }
  public set uplinkTeamingOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._uplinkTeamingOverrideAllowed = value;
  }
  public resetUplinkTeamingOverrideAllowed() {
    this._uplinkTeamingOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get uplinkTeamingOverrideAllowedInput() {
    return this._uplinkTeamingOverrideAllowed;
  }

  // vlan_id - computed: true, optional: true, required: false
  private _vlanId?: number; 
  public get vlanId() {
    return this.getNumberAttribute('vlan_id');
  }
  public set vlanId(value: number) {
    this._vlanId = value;
  }
  public resetVlanId() {
    this._vlanId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanIdInput() {
    return this._vlanId;
  }

  // vlan_override_allowed - computed: false, optional: true, required: false
  private _vlanOverrideAllowed?: boolean | cdktn.IResolvable; 
  public get vlanOverrideAllowed() {
    return this.getBooleanAttribute('vlan_override_allowed');
  }
  public set vlanOverrideAllowed(value: boolean | cdktn.IResolvable) {
    this._vlanOverrideAllowed = value;
  }
  public resetVlanOverrideAllowed() {
    this._vlanOverrideAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanOverrideAllowedInput() {
    return this._vlanOverrideAllowed;
  }

  // vlan_range - computed: false, optional: true, required: false
  private _vlanRange = new DistributedPortGroupVlanRangeList(this, "vlan_range", true);
  public get vlanRange() {
    return this._vlanRange;
  }
  public putVlanRange(value: DistributedPortGroupVlanRange[] | cdktn.IResolvable) {
    this._vlanRange.internalValue = value;
  }
  public resetVlanRange() {
    this._vlanRange.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanRangeInput() {
    return this._vlanRange.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      active_uplinks: cdktn.listMapper(cdktn.stringToTerraform, false)(this._activeUplinks),
      allow_forged_transmits: cdktn.booleanToTerraform(this._allowForgedTransmits),
      allow_mac_changes: cdktn.booleanToTerraform(this._allowMacChanges),
      allow_promiscuous: cdktn.booleanToTerraform(this._allowPromiscuous),
      auto_expand: cdktn.booleanToTerraform(this._autoExpand),
      block_all_ports: cdktn.booleanToTerraform(this._blockAllPorts),
      block_override_allowed: cdktn.booleanToTerraform(this._blockOverrideAllowed),
      check_beacon: cdktn.booleanToTerraform(this._checkBeacon),
      custom_attributes: cdktn.hashMapper(cdktn.stringToTerraform)(this._customAttributes),
      description: cdktn.stringToTerraform(this._description),
      directpath_gen2_allowed: cdktn.booleanToTerraform(this._directpathGen2Allowed),
      distributed_virtual_switch_uuid: cdktn.stringToTerraform(this._distributedVirtualSwitchUuid),
      egress_shaping_average_bandwidth: cdktn.numberToTerraform(this._egressShapingAverageBandwidth),
      egress_shaping_burst_size: cdktn.numberToTerraform(this._egressShapingBurstSize),
      egress_shaping_enabled: cdktn.booleanToTerraform(this._egressShapingEnabled),
      egress_shaping_peak_bandwidth: cdktn.numberToTerraform(this._egressShapingPeakBandwidth),
      failback: cdktn.booleanToTerraform(this._failback),
      id: cdktn.stringToTerraform(this._id),
      ingress_shaping_average_bandwidth: cdktn.numberToTerraform(this._ingressShapingAverageBandwidth),
      ingress_shaping_burst_size: cdktn.numberToTerraform(this._ingressShapingBurstSize),
      ingress_shaping_enabled: cdktn.booleanToTerraform(this._ingressShapingEnabled),
      ingress_shaping_peak_bandwidth: cdktn.numberToTerraform(this._ingressShapingPeakBandwidth),
      lacp_enabled: cdktn.booleanToTerraform(this._lacpEnabled),
      lacp_mode: cdktn.stringToTerraform(this._lacpMode),
      live_port_moving_allowed: cdktn.booleanToTerraform(this._livePortMovingAllowed),
      name: cdktn.stringToTerraform(this._name),
      netflow_enabled: cdktn.booleanToTerraform(this._netflowEnabled),
      netflow_override_allowed: cdktn.booleanToTerraform(this._netflowOverrideAllowed),
      network_resource_pool_key: cdktn.stringToTerraform(this._networkResourcePoolKey),
      network_resource_pool_override_allowed: cdktn.booleanToTerraform(this._networkResourcePoolOverrideAllowed),
      notify_switches: cdktn.booleanToTerraform(this._notifySwitches),
      number_of_ports: cdktn.numberToTerraform(this._numberOfPorts),
      port_config_reset_at_disconnect: cdktn.booleanToTerraform(this._portConfigResetAtDisconnect),
      port_name_format: cdktn.stringToTerraform(this._portNameFormat),
      port_private_secondary_vlan_id: cdktn.numberToTerraform(this._portPrivateSecondaryVlanId),
      security_policy_override_allowed: cdktn.booleanToTerraform(this._securityPolicyOverrideAllowed),
      shaping_override_allowed: cdktn.booleanToTerraform(this._shapingOverrideAllowed),
      standby_uplinks: cdktn.listMapper(cdktn.stringToTerraform, false)(this._standbyUplinks),
      tags: cdktn.listMapper(cdktn.stringToTerraform, false)(this._tags),
      teaming_policy: cdktn.stringToTerraform(this._teamingPolicy),
      traffic_filter_override_allowed: cdktn.booleanToTerraform(this._trafficFilterOverrideAllowed),
      tx_uplink: cdktn.booleanToTerraform(this._txUplink),
      type: cdktn.stringToTerraform(this._type),
      uplink_teaming_override_allowed: cdktn.booleanToTerraform(this._uplinkTeamingOverrideAllowed),
      vlan_id: cdktn.numberToTerraform(this._vlanId),
      vlan_override_allowed: cdktn.booleanToTerraform(this._vlanOverrideAllowed),
      vlan_range: cdktn.listMapper(distributedPortGroupVlanRangeToTerraform, true)(this._vlanRange.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      active_uplinks: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._activeUplinks),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      allow_forged_transmits: {
        value: cdktn.booleanToHclTerraform(this._allowForgedTransmits),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_mac_changes: {
        value: cdktn.booleanToHclTerraform(this._allowMacChanges),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_promiscuous: {
        value: cdktn.booleanToHclTerraform(this._allowPromiscuous),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      auto_expand: {
        value: cdktn.booleanToHclTerraform(this._autoExpand),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      block_all_ports: {
        value: cdktn.booleanToHclTerraform(this._blockAllPorts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      block_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._blockOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      check_beacon: {
        value: cdktn.booleanToHclTerraform(this._checkBeacon),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      custom_attributes: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._customAttributes),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      description: {
        value: cdktn.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      directpath_gen2_allowed: {
        value: cdktn.booleanToHclTerraform(this._directpathGen2Allowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      distributed_virtual_switch_uuid: {
        value: cdktn.stringToHclTerraform(this._distributedVirtualSwitchUuid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      egress_shaping_average_bandwidth: {
        value: cdktn.numberToHclTerraform(this._egressShapingAverageBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      egress_shaping_burst_size: {
        value: cdktn.numberToHclTerraform(this._egressShapingBurstSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      egress_shaping_enabled: {
        value: cdktn.booleanToHclTerraform(this._egressShapingEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      egress_shaping_peak_bandwidth: {
        value: cdktn.numberToHclTerraform(this._egressShapingPeakBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      failback: {
        value: cdktn.booleanToHclTerraform(this._failback),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ingress_shaping_average_bandwidth: {
        value: cdktn.numberToHclTerraform(this._ingressShapingAverageBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ingress_shaping_burst_size: {
        value: cdktn.numberToHclTerraform(this._ingressShapingBurstSize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ingress_shaping_enabled: {
        value: cdktn.booleanToHclTerraform(this._ingressShapingEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ingress_shaping_peak_bandwidth: {
        value: cdktn.numberToHclTerraform(this._ingressShapingPeakBandwidth),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      lacp_enabled: {
        value: cdktn.booleanToHclTerraform(this._lacpEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      lacp_mode: {
        value: cdktn.stringToHclTerraform(this._lacpMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      live_port_moving_allowed: {
        value: cdktn.booleanToHclTerraform(this._livePortMovingAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      netflow_enabled: {
        value: cdktn.booleanToHclTerraform(this._netflowEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      netflow_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._netflowOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      network_resource_pool_key: {
        value: cdktn.stringToHclTerraform(this._networkResourcePoolKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_resource_pool_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._networkResourcePoolOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      notify_switches: {
        value: cdktn.booleanToHclTerraform(this._notifySwitches),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      number_of_ports: {
        value: cdktn.numberToHclTerraform(this._numberOfPorts),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      port_config_reset_at_disconnect: {
        value: cdktn.booleanToHclTerraform(this._portConfigResetAtDisconnect),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      port_name_format: {
        value: cdktn.stringToHclTerraform(this._portNameFormat),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port_private_secondary_vlan_id: {
        value: cdktn.numberToHclTerraform(this._portPrivateSecondaryVlanId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      security_policy_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._securityPolicyOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      shaping_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._shapingOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      standby_uplinks: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._standbyUplinks),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      tags: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      teaming_policy: {
        value: cdktn.stringToHclTerraform(this._teamingPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      traffic_filter_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._trafficFilterOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tx_uplink: {
        value: cdktn.booleanToHclTerraform(this._txUplink),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      type: {
        value: cdktn.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      uplink_teaming_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._uplinkTeamingOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vlan_id: {
        value: cdktn.numberToHclTerraform(this._vlanId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vlan_override_allowed: {
        value: cdktn.booleanToHclTerraform(this._vlanOverrideAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vlan_range: {
        value: cdktn.listMapperHcl(distributedPortGroupVlanRangeToHclTerraform, true)(this._vlanRange.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "DistributedPortGroupVlanRangeList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
