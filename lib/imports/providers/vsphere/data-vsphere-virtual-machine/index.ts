// https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface DataVsphereVirtualMachineConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#alternate_guest_name DataVsphereVirtualMachine#alternate_guest_name}
  */
  readonly alternateGuestName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#annotation DataVsphereVirtualMachine#annotation}
  */
  readonly annotation?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#boot_delay DataVsphereVirtualMachine#boot_delay}
  */
  readonly bootDelay?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#boot_retry_delay DataVsphereVirtualMachine#boot_retry_delay}
  */
  readonly bootRetryDelay?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#boot_retry_enabled DataVsphereVirtualMachine#boot_retry_enabled}
  */
  readonly bootRetryEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_hot_add_enabled DataVsphereVirtualMachine#cpu_hot_add_enabled}
  */
  readonly cpuHotAddEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_hot_remove_enabled DataVsphereVirtualMachine#cpu_hot_remove_enabled}
  */
  readonly cpuHotRemoveEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_limit DataVsphereVirtualMachine#cpu_limit}
  */
  readonly cpuLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_performance_counters_enabled DataVsphereVirtualMachine#cpu_performance_counters_enabled}
  */
  readonly cpuPerformanceCountersEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_reservation DataVsphereVirtualMachine#cpu_reservation}
  */
  readonly cpuReservation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_share_count DataVsphereVirtualMachine#cpu_share_count}
  */
  readonly cpuShareCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#cpu_share_level DataVsphereVirtualMachine#cpu_share_level}
  */
  readonly cpuShareLevel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#datacenter_id DataVsphereVirtualMachine#datacenter_id}
  */
  readonly datacenterId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#efi_secure_boot_enabled DataVsphereVirtualMachine#efi_secure_boot_enabled}
  */
  readonly efiSecureBootEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#enable_disk_uuid DataVsphereVirtualMachine#enable_disk_uuid}
  */
  readonly enableDiskUuid?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#enable_logging DataVsphereVirtualMachine#enable_logging}
  */
  readonly enableLogging?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#ept_rvi_mode DataVsphereVirtualMachine#ept_rvi_mode}
  */
  readonly eptRviMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#extra_config DataVsphereVirtualMachine#extra_config}
  */
  readonly extraConfig?: { [key: string]: string };
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#extra_config_reboot_required DataVsphereVirtualMachine#extra_config_reboot_required}
  */
  readonly extraConfigRebootRequired?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#firmware DataVsphereVirtualMachine#firmware}
  */
  readonly firmware?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#folder DataVsphereVirtualMachine#folder}
  */
  readonly folder?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#guest_id DataVsphereVirtualMachine#guest_id}
  */
  readonly guestId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#hardware_version DataVsphereVirtualMachine#hardware_version}
  */
  readonly hardwareVersion?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#hv_mode DataVsphereVirtualMachine#hv_mode}
  */
  readonly hvMode?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#id DataVsphereVirtualMachine#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#ide_controller_scan_count DataVsphereVirtualMachine#ide_controller_scan_count}
  */
  readonly ideControllerScanCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#latency_sensitivity DataVsphereVirtualMachine#latency_sensitivity}
  */
  readonly latencySensitivity?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory DataVsphereVirtualMachine#memory}
  */
  readonly memory?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_hot_add_enabled DataVsphereVirtualMachine#memory_hot_add_enabled}
  */
  readonly memoryHotAddEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_limit DataVsphereVirtualMachine#memory_limit}
  */
  readonly memoryLimit?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_reservation DataVsphereVirtualMachine#memory_reservation}
  */
  readonly memoryReservation?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_reservation_locked_to_max DataVsphereVirtualMachine#memory_reservation_locked_to_max}
  */
  readonly memoryReservationLockedToMax?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_share_count DataVsphereVirtualMachine#memory_share_count}
  */
  readonly memoryShareCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#memory_share_level DataVsphereVirtualMachine#memory_share_level}
  */
  readonly memoryShareLevel?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#moid DataVsphereVirtualMachine#moid}
  */
  readonly moid?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#name DataVsphereVirtualMachine#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#nested_hv_enabled DataVsphereVirtualMachine#nested_hv_enabled}
  */
  readonly nestedHvEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#num_cores_per_socket DataVsphereVirtualMachine#num_cores_per_socket}
  */
  readonly numCoresPerSocket?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#num_cpus DataVsphereVirtualMachine#num_cpus}
  */
  readonly numCpus?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#nvme_controller_scan_count DataVsphereVirtualMachine#nvme_controller_scan_count}
  */
  readonly nvmeControllerScanCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#replace_trigger DataVsphereVirtualMachine#replace_trigger}
  */
  readonly replaceTrigger?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#run_tools_scripts_after_power_on DataVsphereVirtualMachine#run_tools_scripts_after_power_on}
  */
  readonly runToolsScriptsAfterPowerOn?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#run_tools_scripts_after_resume DataVsphereVirtualMachine#run_tools_scripts_after_resume}
  */
  readonly runToolsScriptsAfterResume?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#run_tools_scripts_before_guest_reboot DataVsphereVirtualMachine#run_tools_scripts_before_guest_reboot}
  */
  readonly runToolsScriptsBeforeGuestReboot?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#run_tools_scripts_before_guest_shutdown DataVsphereVirtualMachine#run_tools_scripts_before_guest_shutdown}
  */
  readonly runToolsScriptsBeforeGuestShutdown?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#run_tools_scripts_before_guest_standby DataVsphereVirtualMachine#run_tools_scripts_before_guest_standby}
  */
  readonly runToolsScriptsBeforeGuestStandby?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#sata_controller_scan_count DataVsphereVirtualMachine#sata_controller_scan_count}
  */
  readonly sataControllerScanCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#scsi_controller_scan_count DataVsphereVirtualMachine#scsi_controller_scan_count}
  */
  readonly scsiControllerScanCount?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#storage_policy_id DataVsphereVirtualMachine#storage_policy_id}
  */
  readonly storagePolicyId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#swap_placement_policy DataVsphereVirtualMachine#swap_placement_policy}
  */
  readonly swapPlacementPolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#sync_time_with_host DataVsphereVirtualMachine#sync_time_with_host}
  */
  readonly syncTimeWithHost?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#sync_time_with_host_periodically DataVsphereVirtualMachine#sync_time_with_host_periodically}
  */
  readonly syncTimeWithHostPeriodically?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#tools_upgrade_policy DataVsphereVirtualMachine#tools_upgrade_policy}
  */
  readonly toolsUpgradePolicy?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#uuid DataVsphereVirtualMachine#uuid}
  */
  readonly uuid?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#vbs_enabled DataVsphereVirtualMachine#vbs_enabled}
  */
  readonly vbsEnabled?: boolean | cdktn.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#vvtd_enabled DataVsphereVirtualMachine#vvtd_enabled}
  */
  readonly vvtdEnabled?: boolean | cdktn.IResolvable;
  /**
  * vapp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#vapp DataVsphereVirtualMachine#vapp}
  */
  readonly vapp?: DataVsphereVirtualMachineVapp;
}
export interface DataVsphereVirtualMachineDisks {
}

export function dataVsphereVirtualMachineDisksToTerraform(struct?: DataVsphereVirtualMachineDisks): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataVsphereVirtualMachineDisksToHclTerraform(struct?: DataVsphereVirtualMachineDisks): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataVsphereVirtualMachineDisksOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataVsphereVirtualMachineDisks | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataVsphereVirtualMachineDisks | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // eagerly_scrub - computed: true, optional: false, required: false
  public get eagerlyScrub() {
    return this.getBooleanAttribute('eagerly_scrub');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // size - computed: true, optional: false, required: false
  public get size() {
    return this.getNumberAttribute('size');
  }

  // thin_provisioned - computed: true, optional: false, required: false
  public get thinProvisioned() {
    return this.getBooleanAttribute('thin_provisioned');
  }

  // unit_number - computed: true, optional: false, required: false
  public get unitNumber() {
    return this.getNumberAttribute('unit_number');
  }
}

export class DataVsphereVirtualMachineDisksList extends cdktn.ComplexList {

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
  public get(index: number): DataVsphereVirtualMachineDisksOutputReference {
    return new DataVsphereVirtualMachineDisksOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataVsphereVirtualMachineNetworkInterfaces {
}

export function dataVsphereVirtualMachineNetworkInterfacesToTerraform(struct?: DataVsphereVirtualMachineNetworkInterfaces): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
  }
}


export function dataVsphereVirtualMachineNetworkInterfacesToHclTerraform(struct?: DataVsphereVirtualMachineNetworkInterfaces): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
  };
  return attrs;
}

export class DataVsphereVirtualMachineNetworkInterfacesOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): DataVsphereVirtualMachineNetworkInterfaces | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataVsphereVirtualMachineNetworkInterfaces | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // adapter_type - computed: true, optional: false, required: false
  public get adapterType() {
    return this.getStringAttribute('adapter_type');
  }

  // bandwidth_limit - computed: true, optional: false, required: false
  public get bandwidthLimit() {
    return this.getNumberAttribute('bandwidth_limit');
  }

  // bandwidth_reservation - computed: true, optional: false, required: false
  public get bandwidthReservation() {
    return this.getNumberAttribute('bandwidth_reservation');
  }

  // bandwidth_share_count - computed: true, optional: false, required: false
  public get bandwidthShareCount() {
    return this.getNumberAttribute('bandwidth_share_count');
  }

  // bandwidth_share_level - computed: true, optional: false, required: false
  public get bandwidthShareLevel() {
    return this.getStringAttribute('bandwidth_share_level');
  }

  // mac_address - computed: true, optional: false, required: false
  public get macAddress() {
    return this.getStringAttribute('mac_address');
  }

  // network_id - computed: true, optional: false, required: false
  public get networkId() {
    return this.getStringAttribute('network_id');
  }

  // physical_function - computed: true, optional: false, required: false
  public get physicalFunction() {
    return this.getStringAttribute('physical_function');
  }
}

export class DataVsphereVirtualMachineNetworkInterfacesList extends cdktn.ComplexList {

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
  public get(index: number): DataVsphereVirtualMachineNetworkInterfacesOutputReference {
    return new DataVsphereVirtualMachineNetworkInterfacesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataVsphereVirtualMachineVapp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#properties DataVsphereVirtualMachine#properties}
  */
  readonly properties?: { [key: string]: string };
}

export function dataVsphereVirtualMachineVappToTerraform(struct?: DataVsphereVirtualMachineVappOutputReference | DataVsphereVirtualMachineVapp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    properties: cdktn.hashMapper(cdktn.stringToTerraform)(struct!.properties),
  }
}


export function dataVsphereVirtualMachineVappToHclTerraform(struct?: DataVsphereVirtualMachineVappOutputReference | DataVsphereVirtualMachineVapp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    properties: {
      value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(struct!.properties),
      isBlock: false,
      type: "map",
      storageClassType: "stringMap",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataVsphereVirtualMachineVappOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): DataVsphereVirtualMachineVapp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._properties !== undefined) {
      hasAnyValues = true;
      internalValueResult.properties = this._properties;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataVsphereVirtualMachineVapp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._properties = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._properties = value.properties;
    }
  }

  // properties - computed: false, optional: true, required: false
  private _properties?: { [key: string]: string }; 
  public get properties() {
    return this.getStringMapAttribute('properties');
  }
  public set properties(value: { [key: string]: string }) {
    this._properties = value;
  }
  public resetProperties() {
    this._properties = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get propertiesInput() {
    return this._properties;
  }
}

// Added by seedbed (scripts/gen-providers.ts): what DataVsphereVirtualMachine.configToTerraform() builds block references on; it refers to nothing.
const CONFIG_ONLY: cdktn.IInterpolatingParent = {
  interpolationForAttribute(attribute: string): cdktn.IResolvable {
    throw new Error(`${attribute} of a config cannot be referred to`);
  },
};

// Added by seedbed (scripts/gen-providers.ts): a block's value read back through its reference, as the constructor stores it.
function configBlock<T>(reference: { internalValue?: T }, value: T): T | undefined {
  reference.internalValue = value;
  return reference.internalValue;
}

/**
* Represents a {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine vsphere_virtual_machine}
*/
export class DataVsphereVirtualMachine extends cdktn.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "vsphere_virtual_machine";

  // Added by seedbed (scripts/gen-providers.ts).
  /**
  * The Terraform attributes of a DataVsphereVirtualMachine constructed with `config`, as its synthesizeAttributes() gives them,
  * without constructing it.
  *
  * @param config DataVsphereVirtualMachineConfig
  */
  public static configToTerraform(config: DataVsphereVirtualMachineConfig): { [name: string]: any } {
    return {
      alternate_guest_name: cdktn.stringToTerraform(config.alternateGuestName),
      annotation: cdktn.stringToTerraform(config.annotation),
      boot_delay: cdktn.numberToTerraform(config.bootDelay),
      boot_retry_delay: cdktn.numberToTerraform(config.bootRetryDelay),
      boot_retry_enabled: cdktn.booleanToTerraform(config.bootRetryEnabled),
      cpu_hot_add_enabled: cdktn.booleanToTerraform(config.cpuHotAddEnabled),
      cpu_hot_remove_enabled: cdktn.booleanToTerraform(config.cpuHotRemoveEnabled),
      cpu_limit: cdktn.numberToTerraform(config.cpuLimit),
      cpu_performance_counters_enabled: cdktn.booleanToTerraform(config.cpuPerformanceCountersEnabled),
      cpu_reservation: cdktn.numberToTerraform(config.cpuReservation),
      cpu_share_count: cdktn.numberToTerraform(config.cpuShareCount),
      cpu_share_level: cdktn.stringToTerraform(config.cpuShareLevel),
      datacenter_id: cdktn.stringToTerraform(config.datacenterId),
      efi_secure_boot_enabled: cdktn.booleanToTerraform(config.efiSecureBootEnabled),
      enable_disk_uuid: cdktn.booleanToTerraform(config.enableDiskUuid),
      enable_logging: cdktn.booleanToTerraform(config.enableLogging),
      ept_rvi_mode: cdktn.stringToTerraform(config.eptRviMode),
      extra_config: cdktn.hashMapper(cdktn.stringToTerraform)(config.extraConfig),
      extra_config_reboot_required: cdktn.booleanToTerraform(config.extraConfigRebootRequired),
      firmware: cdktn.stringToTerraform(config.firmware),
      folder: cdktn.stringToTerraform(config.folder),
      guest_id: cdktn.stringToTerraform(config.guestId),
      hardware_version: cdktn.numberToTerraform(config.hardwareVersion),
      hv_mode: cdktn.stringToTerraform(config.hvMode),
      id: cdktn.stringToTerraform(config.id),
      ide_controller_scan_count: cdktn.numberToTerraform(config.ideControllerScanCount),
      latency_sensitivity: cdktn.stringToTerraform(config.latencySensitivity),
      memory: cdktn.numberToTerraform(config.memory),
      memory_hot_add_enabled: cdktn.booleanToTerraform(config.memoryHotAddEnabled),
      memory_limit: cdktn.numberToTerraform(config.memoryLimit),
      memory_reservation: cdktn.numberToTerraform(config.memoryReservation),
      memory_reservation_locked_to_max: cdktn.booleanToTerraform(config.memoryReservationLockedToMax),
      memory_share_count: cdktn.numberToTerraform(config.memoryShareCount),
      memory_share_level: cdktn.stringToTerraform(config.memoryShareLevel),
      moid: cdktn.stringToTerraform(config.moid),
      name: cdktn.stringToTerraform(config.name),
      nested_hv_enabled: cdktn.booleanToTerraform(config.nestedHvEnabled),
      num_cores_per_socket: cdktn.numberToTerraform(config.numCoresPerSocket),
      num_cpus: cdktn.numberToTerraform(config.numCpus),
      nvme_controller_scan_count: cdktn.numberToTerraform(config.nvmeControllerScanCount),
      replace_trigger: cdktn.stringToTerraform(config.replaceTrigger),
      run_tools_scripts_after_power_on: cdktn.booleanToTerraform(config.runToolsScriptsAfterPowerOn),
      run_tools_scripts_after_resume: cdktn.booleanToTerraform(config.runToolsScriptsAfterResume),
      run_tools_scripts_before_guest_reboot: cdktn.booleanToTerraform(config.runToolsScriptsBeforeGuestReboot),
      run_tools_scripts_before_guest_shutdown: cdktn.booleanToTerraform(config.runToolsScriptsBeforeGuestShutdown),
      run_tools_scripts_before_guest_standby: cdktn.booleanToTerraform(config.runToolsScriptsBeforeGuestStandby),
      sata_controller_scan_count: cdktn.numberToTerraform(config.sataControllerScanCount),
      scsi_controller_scan_count: cdktn.numberToTerraform(config.scsiControllerScanCount),
      storage_policy_id: cdktn.stringToTerraform(config.storagePolicyId),
      swap_placement_policy: cdktn.stringToTerraform(config.swapPlacementPolicy),
      sync_time_with_host: cdktn.booleanToTerraform(config.syncTimeWithHost),
      sync_time_with_host_periodically: cdktn.booleanToTerraform(config.syncTimeWithHostPeriodically),
      tools_upgrade_policy: cdktn.stringToTerraform(config.toolsUpgradePolicy),
      uuid: cdktn.stringToTerraform(config.uuid),
      vbs_enabled: cdktn.booleanToTerraform(config.vbsEnabled),
      vvtd_enabled: cdktn.booleanToTerraform(config.vvtdEnabled),
      vapp: dataVsphereVirtualMachineVappToTerraform((config.vapp === undefined ? undefined : configBlock(new DataVsphereVirtualMachineVappOutputReference(CONFIG_ONLY, "vapp"), config.vapp))),
    };
  }

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a DataVsphereVirtualMachine resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataVsphereVirtualMachine to import
  * @param importFromId The id of the existing DataVsphereVirtualMachine that should be imported. Refer to the {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataVsphereVirtualMachine to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "vsphere_virtual_machine", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/vmware/vsphere/2.15.0/docs/data-sources/virtual_machine vsphere_virtual_machine} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataVsphereVirtualMachineConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataVsphereVirtualMachineConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'vsphere_virtual_machine',
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
    this._alternateGuestName = config.alternateGuestName;
    this._annotation = config.annotation;
    this._bootDelay = config.bootDelay;
    this._bootRetryDelay = config.bootRetryDelay;
    this._bootRetryEnabled = config.bootRetryEnabled;
    this._cpuHotAddEnabled = config.cpuHotAddEnabled;
    this._cpuHotRemoveEnabled = config.cpuHotRemoveEnabled;
    this._cpuLimit = config.cpuLimit;
    this._cpuPerformanceCountersEnabled = config.cpuPerformanceCountersEnabled;
    this._cpuReservation = config.cpuReservation;
    this._cpuShareCount = config.cpuShareCount;
    this._cpuShareLevel = config.cpuShareLevel;
    this._datacenterId = config.datacenterId;
    this._efiSecureBootEnabled = config.efiSecureBootEnabled;
    this._enableDiskUuid = config.enableDiskUuid;
    this._enableLogging = config.enableLogging;
    this._eptRviMode = config.eptRviMode;
    this._extraConfig = config.extraConfig;
    this._extraConfigRebootRequired = config.extraConfigRebootRequired;
    this._firmware = config.firmware;
    this._folder = config.folder;
    this._guestId = config.guestId;
    this._hardwareVersion = config.hardwareVersion;
    this._hvMode = config.hvMode;
    this._id = config.id;
    this._ideControllerScanCount = config.ideControllerScanCount;
    this._latencySensitivity = config.latencySensitivity;
    this._memory = config.memory;
    this._memoryHotAddEnabled = config.memoryHotAddEnabled;
    this._memoryLimit = config.memoryLimit;
    this._memoryReservation = config.memoryReservation;
    this._memoryReservationLockedToMax = config.memoryReservationLockedToMax;
    this._memoryShareCount = config.memoryShareCount;
    this._memoryShareLevel = config.memoryShareLevel;
    this._moid = config.moid;
    this._name = config.name;
    this._nestedHvEnabled = config.nestedHvEnabled;
    this._numCoresPerSocket = config.numCoresPerSocket;
    this._numCpus = config.numCpus;
    this._nvmeControllerScanCount = config.nvmeControllerScanCount;
    this._replaceTrigger = config.replaceTrigger;
    this._runToolsScriptsAfterPowerOn = config.runToolsScriptsAfterPowerOn;
    this._runToolsScriptsAfterResume = config.runToolsScriptsAfterResume;
    this._runToolsScriptsBeforeGuestReboot = config.runToolsScriptsBeforeGuestReboot;
    this._runToolsScriptsBeforeGuestShutdown = config.runToolsScriptsBeforeGuestShutdown;
    this._runToolsScriptsBeforeGuestStandby = config.runToolsScriptsBeforeGuestStandby;
    this._sataControllerScanCount = config.sataControllerScanCount;
    this._scsiControllerScanCount = config.scsiControllerScanCount;
    this._storagePolicyId = config.storagePolicyId;
    this._swapPlacementPolicy = config.swapPlacementPolicy;
    this._syncTimeWithHost = config.syncTimeWithHost;
    this._syncTimeWithHostPeriodically = config.syncTimeWithHostPeriodically;
    this._toolsUpgradePolicy = config.toolsUpgradePolicy;
    this._uuid = config.uuid;
    this._vbsEnabled = config.vbsEnabled;
    this._vvtdEnabled = config.vvtdEnabled;
    this._vapp.internalValue = config.vapp;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alternate_guest_name - computed: false, optional: true, required: false
  private _alternateGuestName?: string; 
  public get alternateGuestName() {
    return this.getStringAttribute('alternate_guest_name');
  }
  public set alternateGuestName(value: string) {
    this._alternateGuestName = value;
  }
  public resetAlternateGuestName() {
    this._alternateGuestName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alternateGuestNameInput() {
    return this._alternateGuestName;
  }

  // annotation - computed: true, optional: true, required: false
  private _annotation?: string; 
  public get annotation() {
    return this.getStringAttribute('annotation');
  }
  public set annotation(value: string) {
    this._annotation = value;
  }
  public resetAnnotation() {
    this._annotation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get annotationInput() {
    return this._annotation;
  }

  // boot_delay - computed: false, optional: true, required: false
  private _bootDelay?: number; 
  public get bootDelay() {
    return this.getNumberAttribute('boot_delay');
  }
  public set bootDelay(value: number) {
    this._bootDelay = value;
  }
  public resetBootDelay() {
    this._bootDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootDelayInput() {
    return this._bootDelay;
  }

  // boot_retry_delay - computed: false, optional: true, required: false
  private _bootRetryDelay?: number; 
  public get bootRetryDelay() {
    return this.getNumberAttribute('boot_retry_delay');
  }
  public set bootRetryDelay(value: number) {
    this._bootRetryDelay = value;
  }
  public resetBootRetryDelay() {
    this._bootRetryDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootRetryDelayInput() {
    return this._bootRetryDelay;
  }

  // boot_retry_enabled - computed: false, optional: true, required: false
  private _bootRetryEnabled?: boolean | cdktn.IResolvable; 
  public get bootRetryEnabled() {
    return this.getBooleanAttribute('boot_retry_enabled');
  }
  public set bootRetryEnabled(value: boolean | cdktn.IResolvable) {
    this._bootRetryEnabled = value;
  }
  public resetBootRetryEnabled() {
    this._bootRetryEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootRetryEnabledInput() {
    return this._bootRetryEnabled;
  }

  // change_version - computed: true, optional: false, required: false
  public get changeVersion() {
    return this.getStringAttribute('change_version');
  }

  // cpu_hot_add_enabled - computed: false, optional: true, required: false
  private _cpuHotAddEnabled?: boolean | cdktn.IResolvable; 
  public get cpuHotAddEnabled() {
    return this.getBooleanAttribute('cpu_hot_add_enabled');
  }
  public set cpuHotAddEnabled(value: boolean | cdktn.IResolvable) {
    this._cpuHotAddEnabled = value;
  }
  public resetCpuHotAddEnabled() {
    this._cpuHotAddEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuHotAddEnabledInput() {
    return this._cpuHotAddEnabled;
  }

  // cpu_hot_remove_enabled - computed: false, optional: true, required: false
  private _cpuHotRemoveEnabled?: boolean | cdktn.IResolvable; 
  public get cpuHotRemoveEnabled() {
    return this.getBooleanAttribute('cpu_hot_remove_enabled');
  }
  public set cpuHotRemoveEnabled(value: boolean | cdktn.IResolvable) {
    this._cpuHotRemoveEnabled = value;
  }
  public resetCpuHotRemoveEnabled() {
    this._cpuHotRemoveEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuHotRemoveEnabledInput() {
    return this._cpuHotRemoveEnabled;
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

  // cpu_performance_counters_enabled - computed: false, optional: true, required: false
  private _cpuPerformanceCountersEnabled?: boolean | cdktn.IResolvable; 
  public get cpuPerformanceCountersEnabled() {
    return this.getBooleanAttribute('cpu_performance_counters_enabled');
  }
  public set cpuPerformanceCountersEnabled(value: boolean | cdktn.IResolvable) {
    this._cpuPerformanceCountersEnabled = value;
  }
  public resetCpuPerformanceCountersEnabled() {
    this._cpuPerformanceCountersEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuPerformanceCountersEnabledInput() {
    return this._cpuPerformanceCountersEnabled;
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

  // cpu_share_count - computed: true, optional: true, required: false
  private _cpuShareCount?: number; 
  public get cpuShareCount() {
    return this.getNumberAttribute('cpu_share_count');
  }
  public set cpuShareCount(value: number) {
    this._cpuShareCount = value;
  }
  public resetCpuShareCount() {
    this._cpuShareCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cpuShareCountInput() {
    return this._cpuShareCount;
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

  // datacenter_id - computed: false, optional: true, required: false
  private _datacenterId?: string; 
  public get datacenterId() {
    return this.getStringAttribute('datacenter_id');
  }
  public set datacenterId(value: string) {
    this._datacenterId = value;
  }
  public resetDatacenterId() {
    this._datacenterId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get datacenterIdInput() {
    return this._datacenterId;
  }

  // default_ip_address - computed: true, optional: false, required: false
  public get defaultIpAddress() {
    return this.getStringAttribute('default_ip_address');
  }

  // disks - computed: true, optional: false, required: false
  private _disks = new DataVsphereVirtualMachineDisksList(this, "disks", false);
  public get disks() {
    return this._disks;
  }

  // efi_secure_boot_enabled - computed: false, optional: true, required: false
  private _efiSecureBootEnabled?: boolean | cdktn.IResolvable; 
  public get efiSecureBootEnabled() {
    return this.getBooleanAttribute('efi_secure_boot_enabled');
  }
  public set efiSecureBootEnabled(value: boolean | cdktn.IResolvable) {
    this._efiSecureBootEnabled = value;
  }
  public resetEfiSecureBootEnabled() {
    this._efiSecureBootEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get efiSecureBootEnabledInput() {
    return this._efiSecureBootEnabled;
  }

  // enable_disk_uuid - computed: false, optional: true, required: false
  private _enableDiskUuid?: boolean | cdktn.IResolvable; 
  public get enableDiskUuid() {
    return this.getBooleanAttribute('enable_disk_uuid');
  }
  public set enableDiskUuid(value: boolean | cdktn.IResolvable) {
    this._enableDiskUuid = value;
  }
  public resetEnableDiskUuid() {
    this._enableDiskUuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDiskUuidInput() {
    return this._enableDiskUuid;
  }

  // enable_logging - computed: false, optional: true, required: false
  private _enableLogging?: boolean | cdktn.IResolvable; 
  public get enableLogging() {
    return this.getBooleanAttribute('enable_logging');
  }
  public set enableLogging(value: boolean | cdktn.IResolvable) {
    this._enableLogging = value;
  }
  public resetEnableLogging() {
    this._enableLogging = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableLoggingInput() {
    return this._enableLogging;
  }

  // ept_rvi_mode - computed: true, optional: true, required: false
  private _eptRviMode?: string; 
  public get eptRviMode() {
    return this.getStringAttribute('ept_rvi_mode');
  }
  public set eptRviMode(value: string) {
    this._eptRviMode = value;
  }
  public resetEptRviMode() {
    this._eptRviMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get eptRviModeInput() {
    return this._eptRviMode;
  }

  // extra_config - computed: false, optional: true, required: false
  private _extraConfig?: { [key: string]: string }; 
  public get extraConfig() {
    return this.getStringMapAttribute('extra_config');
  }
  public set extraConfig(value: { [key: string]: string }) {
    this._extraConfig = value;
  }
  public resetExtraConfig() {
    this._extraConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraConfigInput() {
    return this._extraConfig;
  }

  // extra_config_reboot_required - computed: false, optional: true, required: false
  private _extraConfigRebootRequired?: boolean | cdktn.IResolvable; 
  public get extraConfigRebootRequired() {
    return this.getBooleanAttribute('extra_config_reboot_required');
  }
  public set extraConfigRebootRequired(value: boolean | cdktn.IResolvable) {
    this._extraConfigRebootRequired = value;
  }
  public resetExtraConfigRebootRequired() {
    this._extraConfigRebootRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get extraConfigRebootRequiredInput() {
    return this._extraConfigRebootRequired;
  }

  // firmware - computed: false, optional: true, required: false
  private _firmware?: string; 
  public get firmware() {
    return this.getStringAttribute('firmware');
  }
  public set firmware(value: string) {
    this._firmware = value;
  }
  public resetFirmware() {
    this._firmware = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firmwareInput() {
    return this._firmware;
  }

  // folder - computed: false, optional: true, required: false
  private _folder?: string; 
  public get folder() {
    return this.getStringAttribute('folder');
  }
  public set folder(value: string) {
    this._folder = value;
  }
  public resetFolder() {
    this._folder = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get folderInput() {
    return this._folder;
  }

  // guest_id - computed: true, optional: true, required: false
  private _guestId?: string; 
  public get guestId() {
    return this.getStringAttribute('guest_id');
  }
  public set guestId(value: string) {
    this._guestId = value;
  }
  public resetGuestId() {
    this._guestId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestIdInput() {
    return this._guestId;
  }

  // guest_ip_addresses - computed: true, optional: false, required: false
  public get guestIpAddresses() {
    return this.getListAttribute('guest_ip_addresses');
  }

  // hardware_version - computed: true, optional: true, required: false
  private _hardwareVersion?: number; 
  public get hardwareVersion() {
    return this.getNumberAttribute('hardware_version');
  }
  public set hardwareVersion(value: number) {
    this._hardwareVersion = value;
  }
  public resetHardwareVersion() {
    this._hardwareVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardwareVersionInput() {
    return this._hardwareVersion;
  }

  // hv_mode - computed: true, optional: true, required: false
  private _hvMode?: string; 
  public get hvMode() {
    return this.getStringAttribute('hv_mode');
  }
  public set hvMode(value: string) {
    this._hvMode = value;
  }
  public resetHvMode() {
    this._hvMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hvModeInput() {
    return this._hvMode;
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

  // ide_controller_scan_count - computed: false, optional: true, required: false
  private _ideControllerScanCount?: number; 
  public get ideControllerScanCount() {
    return this.getNumberAttribute('ide_controller_scan_count');
  }
  public set ideControllerScanCount(value: number) {
    this._ideControllerScanCount = value;
  }
  public resetIdeControllerScanCount() {
    this._ideControllerScanCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ideControllerScanCountInput() {
    return this._ideControllerScanCount;
  }

  // instance_uuid - computed: true, optional: false, required: false
  public get instanceUuid() {
    return this.getStringAttribute('instance_uuid');
  }

  // latency_sensitivity - computed: false, optional: true, required: false
  private _latencySensitivity?: string; 
  public get latencySensitivity() {
    return this.getStringAttribute('latency_sensitivity');
  }
  public set latencySensitivity(value: string) {
    this._latencySensitivity = value;
  }
  public resetLatencySensitivity() {
    this._latencySensitivity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get latencySensitivityInput() {
    return this._latencySensitivity;
  }

  // memory - computed: false, optional: true, required: false
  private _memory?: number; 
  public get memory() {
    return this.getNumberAttribute('memory');
  }
  public set memory(value: number) {
    this._memory = value;
  }
  public resetMemory() {
    this._memory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryInput() {
    return this._memory;
  }

  // memory_hot_add_enabled - computed: false, optional: true, required: false
  private _memoryHotAddEnabled?: boolean | cdktn.IResolvable; 
  public get memoryHotAddEnabled() {
    return this.getBooleanAttribute('memory_hot_add_enabled');
  }
  public set memoryHotAddEnabled(value: boolean | cdktn.IResolvable) {
    this._memoryHotAddEnabled = value;
  }
  public resetMemoryHotAddEnabled() {
    this._memoryHotAddEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryHotAddEnabledInput() {
    return this._memoryHotAddEnabled;
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

  // memory_reservation_locked_to_max - computed: false, optional: true, required: false
  private _memoryReservationLockedToMax?: boolean | cdktn.IResolvable; 
  public get memoryReservationLockedToMax() {
    return this.getBooleanAttribute('memory_reservation_locked_to_max');
  }
  public set memoryReservationLockedToMax(value: boolean | cdktn.IResolvable) {
    this._memoryReservationLockedToMax = value;
  }
  public resetMemoryReservationLockedToMax() {
    this._memoryReservationLockedToMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryReservationLockedToMaxInput() {
    return this._memoryReservationLockedToMax;
  }

  // memory_share_count - computed: true, optional: true, required: false
  private _memoryShareCount?: number; 
  public get memoryShareCount() {
    return this.getNumberAttribute('memory_share_count');
  }
  public set memoryShareCount(value: number) {
    this._memoryShareCount = value;
  }
  public resetMemoryShareCount() {
    this._memoryShareCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryShareCountInput() {
    return this._memoryShareCount;
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

  // moid - computed: true, optional: true, required: false
  private _moid?: string; 
  public get moid() {
    return this.getStringAttribute('moid');
  }
  public set moid(value: string) {
    this._moid = value;
  }
  public resetMoid() {
    this._moid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get moidInput() {
    return this._moid;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // nested_hv_enabled - computed: false, optional: true, required: false
  private _nestedHvEnabled?: boolean | cdktn.IResolvable; 
  public get nestedHvEnabled() {
    return this.getBooleanAttribute('nested_hv_enabled');
  }
  public set nestedHvEnabled(value: boolean | cdktn.IResolvable) {
    this._nestedHvEnabled = value;
  }
  public resetNestedHvEnabled() {
    this._nestedHvEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nestedHvEnabledInput() {
    return this._nestedHvEnabled;
  }

  // network_interface_types - computed: true, optional: false, required: false
  public get networkInterfaceTypes() {
    return this.getListAttribute('network_interface_types');
  }

  // network_interfaces - computed: true, optional: false, required: false
  private _networkInterfaces = new DataVsphereVirtualMachineNetworkInterfacesList(this, "network_interfaces", false);
  public get networkInterfaces() {
    return this._networkInterfaces;
  }

  // num_cores_per_socket - computed: false, optional: true, required: false
  private _numCoresPerSocket?: number; 
  public get numCoresPerSocket() {
    return this.getNumberAttribute('num_cores_per_socket');
  }
  public set numCoresPerSocket(value: number) {
    this._numCoresPerSocket = value;
  }
  public resetNumCoresPerSocket() {
    this._numCoresPerSocket = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numCoresPerSocketInput() {
    return this._numCoresPerSocket;
  }

  // num_cpus - computed: false, optional: true, required: false
  private _numCpus?: number; 
  public get numCpus() {
    return this.getNumberAttribute('num_cpus');
  }
  public set numCpus(value: number) {
    this._numCpus = value;
  }
  public resetNumCpus() {
    this._numCpus = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numCpusInput() {
    return this._numCpus;
  }

  // nvme_controller_scan_count - computed: false, optional: true, required: false
  private _nvmeControllerScanCount?: number; 
  public get nvmeControllerScanCount() {
    return this.getNumberAttribute('nvme_controller_scan_count');
  }
  public set nvmeControllerScanCount(value: number) {
    this._nvmeControllerScanCount = value;
  }
  public resetNvmeControllerScanCount() {
    this._nvmeControllerScanCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nvmeControllerScanCountInput() {
    return this._nvmeControllerScanCount;
  }

  // replace_trigger - computed: false, optional: true, required: false
  private _replaceTrigger?: string; 
  public get replaceTrigger() {
    return this.getStringAttribute('replace_trigger');
  }
  public set replaceTrigger(value: string) {
    this._replaceTrigger = value;
  }
  public resetReplaceTrigger() {
    this._replaceTrigger = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get replaceTriggerInput() {
    return this._replaceTrigger;
  }

  // run_tools_scripts_after_power_on - computed: false, optional: true, required: false
  private _runToolsScriptsAfterPowerOn?: boolean | cdktn.IResolvable; 
  public get runToolsScriptsAfterPowerOn() {
    return this.getBooleanAttribute('run_tools_scripts_after_power_on');
  }
  public set runToolsScriptsAfterPowerOn(value: boolean | cdktn.IResolvable) {
    this._runToolsScriptsAfterPowerOn = value;
  }
  public resetRunToolsScriptsAfterPowerOn() {
    this._runToolsScriptsAfterPowerOn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runToolsScriptsAfterPowerOnInput() {
    return this._runToolsScriptsAfterPowerOn;
  }

  // run_tools_scripts_after_resume - computed: false, optional: true, required: false
  private _runToolsScriptsAfterResume?: boolean | cdktn.IResolvable; 
  public get runToolsScriptsAfterResume() {
    return this.getBooleanAttribute('run_tools_scripts_after_resume');
  }
  public set runToolsScriptsAfterResume(value: boolean | cdktn.IResolvable) {
    this._runToolsScriptsAfterResume = value;
  }
  public resetRunToolsScriptsAfterResume() {
    this._runToolsScriptsAfterResume = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runToolsScriptsAfterResumeInput() {
    return this._runToolsScriptsAfterResume;
  }

  // run_tools_scripts_before_guest_reboot - computed: false, optional: true, required: false
  private _runToolsScriptsBeforeGuestReboot?: boolean | cdktn.IResolvable; 
  public get runToolsScriptsBeforeGuestReboot() {
    return this.getBooleanAttribute('run_tools_scripts_before_guest_reboot');
  }
  public set runToolsScriptsBeforeGuestReboot(value: boolean | cdktn.IResolvable) {
    this._runToolsScriptsBeforeGuestReboot = value;
  }
  public resetRunToolsScriptsBeforeGuestReboot() {
    this._runToolsScriptsBeforeGuestReboot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runToolsScriptsBeforeGuestRebootInput() {
    return this._runToolsScriptsBeforeGuestReboot;
  }

  // run_tools_scripts_before_guest_shutdown - computed: false, optional: true, required: false
  private _runToolsScriptsBeforeGuestShutdown?: boolean | cdktn.IResolvable; 
  public get runToolsScriptsBeforeGuestShutdown() {
    return this.getBooleanAttribute('run_tools_scripts_before_guest_shutdown');
  }
  public set runToolsScriptsBeforeGuestShutdown(value: boolean | cdktn.IResolvable) {
    this._runToolsScriptsBeforeGuestShutdown = value;
  }
  public resetRunToolsScriptsBeforeGuestShutdown() {
    this._runToolsScriptsBeforeGuestShutdown = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runToolsScriptsBeforeGuestShutdownInput() {
    return this._runToolsScriptsBeforeGuestShutdown;
  }

  // run_tools_scripts_before_guest_standby - computed: false, optional: true, required: false
  private _runToolsScriptsBeforeGuestStandby?: boolean | cdktn.IResolvable; 
  public get runToolsScriptsBeforeGuestStandby() {
    return this.getBooleanAttribute('run_tools_scripts_before_guest_standby');
  }
  public set runToolsScriptsBeforeGuestStandby(value: boolean | cdktn.IResolvable) {
    this._runToolsScriptsBeforeGuestStandby = value;
  }
  public resetRunToolsScriptsBeforeGuestStandby() {
    this._runToolsScriptsBeforeGuestStandby = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runToolsScriptsBeforeGuestStandbyInput() {
    return this._runToolsScriptsBeforeGuestStandby;
  }

  // sata_controller_scan_count - computed: false, optional: true, required: false
  private _sataControllerScanCount?: number; 
  public get sataControllerScanCount() {
    return this.getNumberAttribute('sata_controller_scan_count');
  }
  public set sataControllerScanCount(value: number) {
    this._sataControllerScanCount = value;
  }
  public resetSataControllerScanCount() {
    this._sataControllerScanCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sataControllerScanCountInput() {
    return this._sataControllerScanCount;
  }

  // scsi_bus_sharing - computed: true, optional: false, required: false
  public get scsiBusSharing() {
    return this.getStringAttribute('scsi_bus_sharing');
  }

  // scsi_controller_scan_count - computed: false, optional: true, required: false
  private _scsiControllerScanCount?: number; 
  public get scsiControllerScanCount() {
    return this.getNumberAttribute('scsi_controller_scan_count');
  }
  public set scsiControllerScanCount(value: number) {
    this._scsiControllerScanCount = value;
  }
  public resetScsiControllerScanCount() {
    this._scsiControllerScanCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scsiControllerScanCountInput() {
    return this._scsiControllerScanCount;
  }

  // scsi_type - computed: true, optional: false, required: false
  public get scsiType() {
    return this.getStringAttribute('scsi_type');
  }

  // storage_policy_id - computed: true, optional: true, required: false
  private _storagePolicyId?: string; 
  public get storagePolicyId() {
    return this.getStringAttribute('storage_policy_id');
  }
  public set storagePolicyId(value: string) {
    this._storagePolicyId = value;
  }
  public resetStoragePolicyId() {
    this._storagePolicyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get storagePolicyIdInput() {
    return this._storagePolicyId;
  }

  // swap_placement_policy - computed: false, optional: true, required: false
  private _swapPlacementPolicy?: string; 
  public get swapPlacementPolicy() {
    return this.getStringAttribute('swap_placement_policy');
  }
  public set swapPlacementPolicy(value: string) {
    this._swapPlacementPolicy = value;
  }
  public resetSwapPlacementPolicy() {
    this._swapPlacementPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get swapPlacementPolicyInput() {
    return this._swapPlacementPolicy;
  }

  // sync_time_with_host - computed: false, optional: true, required: false
  private _syncTimeWithHost?: boolean | cdktn.IResolvable; 
  public get syncTimeWithHost() {
    return this.getBooleanAttribute('sync_time_with_host');
  }
  public set syncTimeWithHost(value: boolean | cdktn.IResolvable) {
    this._syncTimeWithHost = value;
  }
  public resetSyncTimeWithHost() {
    this._syncTimeWithHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncTimeWithHostInput() {
    return this._syncTimeWithHost;
  }

  // sync_time_with_host_periodically - computed: false, optional: true, required: false
  private _syncTimeWithHostPeriodically?: boolean | cdktn.IResolvable; 
  public get syncTimeWithHostPeriodically() {
    return this.getBooleanAttribute('sync_time_with_host_periodically');
  }
  public set syncTimeWithHostPeriodically(value: boolean | cdktn.IResolvable) {
    this._syncTimeWithHostPeriodically = value;
  }
  public resetSyncTimeWithHostPeriodically() {
    this._syncTimeWithHostPeriodically = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncTimeWithHostPeriodicallyInput() {
    return this._syncTimeWithHostPeriodically;
  }

  // tools_upgrade_policy - computed: false, optional: true, required: false
  private _toolsUpgradePolicy?: string; 
  public get toolsUpgradePolicy() {
    return this.getStringAttribute('tools_upgrade_policy');
  }
  public set toolsUpgradePolicy(value: string) {
    this._toolsUpgradePolicy = value;
  }
  public resetToolsUpgradePolicy() {
    this._toolsUpgradePolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get toolsUpgradePolicyInput() {
    return this._toolsUpgradePolicy;
  }

  // uuid - computed: true, optional: true, required: false
  private _uuid?: string; 
  public get uuid() {
    return this.getStringAttribute('uuid');
  }
  public set uuid(value: string) {
    this._uuid = value;
  }
  public resetUuid() {
    this._uuid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get uuidInput() {
    return this._uuid;
  }

  // vapp_transport - computed: true, optional: false, required: false
  public get vappTransport() {
    return this.getListAttribute('vapp_transport');
  }

  // vbs_enabled - computed: false, optional: true, required: false
  private _vbsEnabled?: boolean | cdktn.IResolvable; 
  public get vbsEnabled() {
    return this.getBooleanAttribute('vbs_enabled');
  }
  public set vbsEnabled(value: boolean | cdktn.IResolvable) {
    this._vbsEnabled = value;
  }
  public resetVbsEnabled() {
    this._vbsEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vbsEnabledInput() {
    return this._vbsEnabled;
  }

  // vtpm - computed: true, optional: false, required: false
  public get vtpm() {
    return this.getBooleanAttribute('vtpm');
  }

  // vvtd_enabled - computed: false, optional: true, required: false
  private _vvtdEnabled?: boolean | cdktn.IResolvable; 
  public get vvtdEnabled() {
    return this.getBooleanAttribute('vvtd_enabled');
  }
  public set vvtdEnabled(value: boolean | cdktn.IResolvable) {
    this._vvtdEnabled = value;
  }
  public resetVvtdEnabled() {
    this._vvtdEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vvtdEnabledInput() {
    return this._vvtdEnabled;
  }

  // vapp - computed: false, optional: true, required: false
  private _vapp = new DataVsphereVirtualMachineVappOutputReference(this, "vapp");
  public get vapp() {
    return this._vapp;
  }
  public putVapp(value: DataVsphereVirtualMachineVapp) {
    this._vapp.internalValue = value;
  }
  public resetVapp() {
    this._vapp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vappInput() {
    return this._vapp.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alternate_guest_name: cdktn.stringToTerraform(this._alternateGuestName),
      annotation: cdktn.stringToTerraform(this._annotation),
      boot_delay: cdktn.numberToTerraform(this._bootDelay),
      boot_retry_delay: cdktn.numberToTerraform(this._bootRetryDelay),
      boot_retry_enabled: cdktn.booleanToTerraform(this._bootRetryEnabled),
      cpu_hot_add_enabled: cdktn.booleanToTerraform(this._cpuHotAddEnabled),
      cpu_hot_remove_enabled: cdktn.booleanToTerraform(this._cpuHotRemoveEnabled),
      cpu_limit: cdktn.numberToTerraform(this._cpuLimit),
      cpu_performance_counters_enabled: cdktn.booleanToTerraform(this._cpuPerformanceCountersEnabled),
      cpu_reservation: cdktn.numberToTerraform(this._cpuReservation),
      cpu_share_count: cdktn.numberToTerraform(this._cpuShareCount),
      cpu_share_level: cdktn.stringToTerraform(this._cpuShareLevel),
      datacenter_id: cdktn.stringToTerraform(this._datacenterId),
      efi_secure_boot_enabled: cdktn.booleanToTerraform(this._efiSecureBootEnabled),
      enable_disk_uuid: cdktn.booleanToTerraform(this._enableDiskUuid),
      enable_logging: cdktn.booleanToTerraform(this._enableLogging),
      ept_rvi_mode: cdktn.stringToTerraform(this._eptRviMode),
      extra_config: cdktn.hashMapper(cdktn.stringToTerraform)(this._extraConfig),
      extra_config_reboot_required: cdktn.booleanToTerraform(this._extraConfigRebootRequired),
      firmware: cdktn.stringToTerraform(this._firmware),
      folder: cdktn.stringToTerraform(this._folder),
      guest_id: cdktn.stringToTerraform(this._guestId),
      hardware_version: cdktn.numberToTerraform(this._hardwareVersion),
      hv_mode: cdktn.stringToTerraform(this._hvMode),
      id: cdktn.stringToTerraform(this._id),
      ide_controller_scan_count: cdktn.numberToTerraform(this._ideControllerScanCount),
      latency_sensitivity: cdktn.stringToTerraform(this._latencySensitivity),
      memory: cdktn.numberToTerraform(this._memory),
      memory_hot_add_enabled: cdktn.booleanToTerraform(this._memoryHotAddEnabled),
      memory_limit: cdktn.numberToTerraform(this._memoryLimit),
      memory_reservation: cdktn.numberToTerraform(this._memoryReservation),
      memory_reservation_locked_to_max: cdktn.booleanToTerraform(this._memoryReservationLockedToMax),
      memory_share_count: cdktn.numberToTerraform(this._memoryShareCount),
      memory_share_level: cdktn.stringToTerraform(this._memoryShareLevel),
      moid: cdktn.stringToTerraform(this._moid),
      name: cdktn.stringToTerraform(this._name),
      nested_hv_enabled: cdktn.booleanToTerraform(this._nestedHvEnabled),
      num_cores_per_socket: cdktn.numberToTerraform(this._numCoresPerSocket),
      num_cpus: cdktn.numberToTerraform(this._numCpus),
      nvme_controller_scan_count: cdktn.numberToTerraform(this._nvmeControllerScanCount),
      replace_trigger: cdktn.stringToTerraform(this._replaceTrigger),
      run_tools_scripts_after_power_on: cdktn.booleanToTerraform(this._runToolsScriptsAfterPowerOn),
      run_tools_scripts_after_resume: cdktn.booleanToTerraform(this._runToolsScriptsAfterResume),
      run_tools_scripts_before_guest_reboot: cdktn.booleanToTerraform(this._runToolsScriptsBeforeGuestReboot),
      run_tools_scripts_before_guest_shutdown: cdktn.booleanToTerraform(this._runToolsScriptsBeforeGuestShutdown),
      run_tools_scripts_before_guest_standby: cdktn.booleanToTerraform(this._runToolsScriptsBeforeGuestStandby),
      sata_controller_scan_count: cdktn.numberToTerraform(this._sataControllerScanCount),
      scsi_controller_scan_count: cdktn.numberToTerraform(this._scsiControllerScanCount),
      storage_policy_id: cdktn.stringToTerraform(this._storagePolicyId),
      swap_placement_policy: cdktn.stringToTerraform(this._swapPlacementPolicy),
      sync_time_with_host: cdktn.booleanToTerraform(this._syncTimeWithHost),
      sync_time_with_host_periodically: cdktn.booleanToTerraform(this._syncTimeWithHostPeriodically),
      tools_upgrade_policy: cdktn.stringToTerraform(this._toolsUpgradePolicy),
      uuid: cdktn.stringToTerraform(this._uuid),
      vbs_enabled: cdktn.booleanToTerraform(this._vbsEnabled),
      vvtd_enabled: cdktn.booleanToTerraform(this._vvtdEnabled),
      vapp: dataVsphereVirtualMachineVappToTerraform(this._vapp.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alternate_guest_name: {
        value: cdktn.stringToHclTerraform(this._alternateGuestName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      annotation: {
        value: cdktn.stringToHclTerraform(this._annotation),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      boot_delay: {
        value: cdktn.numberToHclTerraform(this._bootDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      boot_retry_delay: {
        value: cdktn.numberToHclTerraform(this._bootRetryDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      boot_retry_enabled: {
        value: cdktn.booleanToHclTerraform(this._bootRetryEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cpu_hot_add_enabled: {
        value: cdktn.booleanToHclTerraform(this._cpuHotAddEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cpu_hot_remove_enabled: {
        value: cdktn.booleanToHclTerraform(this._cpuHotRemoveEnabled),
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
      cpu_performance_counters_enabled: {
        value: cdktn.booleanToHclTerraform(this._cpuPerformanceCountersEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      cpu_reservation: {
        value: cdktn.numberToHclTerraform(this._cpuReservation),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      cpu_share_count: {
        value: cdktn.numberToHclTerraform(this._cpuShareCount),
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
      datacenter_id: {
        value: cdktn.stringToHclTerraform(this._datacenterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      efi_secure_boot_enabled: {
        value: cdktn.booleanToHclTerraform(this._efiSecureBootEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_disk_uuid: {
        value: cdktn.booleanToHclTerraform(this._enableDiskUuid),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_logging: {
        value: cdktn.booleanToHclTerraform(this._enableLogging),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ept_rvi_mode: {
        value: cdktn.stringToHclTerraform(this._eptRviMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      extra_config: {
        value: cdktn.hashMapperHcl(cdktn.stringToHclTerraform)(this._extraConfig),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      extra_config_reboot_required: {
        value: cdktn.booleanToHclTerraform(this._extraConfigRebootRequired),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      firmware: {
        value: cdktn.stringToHclTerraform(this._firmware),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      folder: {
        value: cdktn.stringToHclTerraform(this._folder),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      guest_id: {
        value: cdktn.stringToHclTerraform(this._guestId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hardware_version: {
        value: cdktn.numberToHclTerraform(this._hardwareVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      hv_mode: {
        value: cdktn.stringToHclTerraform(this._hvMode),
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
      ide_controller_scan_count: {
        value: cdktn.numberToHclTerraform(this._ideControllerScanCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      latency_sensitivity: {
        value: cdktn.stringToHclTerraform(this._latencySensitivity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory: {
        value: cdktn.numberToHclTerraform(this._memory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_hot_add_enabled: {
        value: cdktn.booleanToHclTerraform(this._memoryHotAddEnabled),
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
      memory_reservation_locked_to_max: {
        value: cdktn.booleanToHclTerraform(this._memoryReservationLockedToMax),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      memory_share_count: {
        value: cdktn.numberToHclTerraform(this._memoryShareCount),
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
      moid: {
        value: cdktn.stringToHclTerraform(this._moid),
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
      nested_hv_enabled: {
        value: cdktn.booleanToHclTerraform(this._nestedHvEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      num_cores_per_socket: {
        value: cdktn.numberToHclTerraform(this._numCoresPerSocket),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      num_cpus: {
        value: cdktn.numberToHclTerraform(this._numCpus),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nvme_controller_scan_count: {
        value: cdktn.numberToHclTerraform(this._nvmeControllerScanCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      replace_trigger: {
        value: cdktn.stringToHclTerraform(this._replaceTrigger),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      run_tools_scripts_after_power_on: {
        value: cdktn.booleanToHclTerraform(this._runToolsScriptsAfterPowerOn),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      run_tools_scripts_after_resume: {
        value: cdktn.booleanToHclTerraform(this._runToolsScriptsAfterResume),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      run_tools_scripts_before_guest_reboot: {
        value: cdktn.booleanToHclTerraform(this._runToolsScriptsBeforeGuestReboot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      run_tools_scripts_before_guest_shutdown: {
        value: cdktn.booleanToHclTerraform(this._runToolsScriptsBeforeGuestShutdown),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      run_tools_scripts_before_guest_standby: {
        value: cdktn.booleanToHclTerraform(this._runToolsScriptsBeforeGuestStandby),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sata_controller_scan_count: {
        value: cdktn.numberToHclTerraform(this._sataControllerScanCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      scsi_controller_scan_count: {
        value: cdktn.numberToHclTerraform(this._scsiControllerScanCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      storage_policy_id: {
        value: cdktn.stringToHclTerraform(this._storagePolicyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      swap_placement_policy: {
        value: cdktn.stringToHclTerraform(this._swapPlacementPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync_time_with_host: {
        value: cdktn.booleanToHclTerraform(this._syncTimeWithHost),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sync_time_with_host_periodically: {
        value: cdktn.booleanToHclTerraform(this._syncTimeWithHostPeriodically),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tools_upgrade_policy: {
        value: cdktn.stringToHclTerraform(this._toolsUpgradePolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      uuid: {
        value: cdktn.stringToHclTerraform(this._uuid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vbs_enabled: {
        value: cdktn.booleanToHclTerraform(this._vbsEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vvtd_enabled: {
        value: cdktn.booleanToHclTerraform(this._vvtdEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vapp: {
        value: dataVsphereVirtualMachineVappToHclTerraform(this._vapp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "DataVsphereVirtualMachineVappList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
