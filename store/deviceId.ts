import { storage } from '@wxt-dev/storage';

/**
 * A random id for this browser profile. It names the device's own records in storage.sync, so each
 * device writes only its own keys and no device can overwrite another's. Never synced itself.
 */
const deviceIdItem = storage.defineItem<string>('local:deviceId', {
  init: () => crypto.randomUUID().replaceAll('-', '').slice(0, 12),
});

export function getDeviceId(): Promise<string> {
  return deviceIdItem.getValue();
}
