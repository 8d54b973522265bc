// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { holdsShares, requireOnly } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-013',
    name: 'storage-smb-channel-encryption',
    title: 'File shares encrypt SMB channels with AES-256-GCM',
    severity: 'medium',
    description:
      'Storage accounts that can hold file shares set `share_properties { smb { channel_encryption_type = ["AES-256-GCM"] } }`. When the setting is not written the shares also accept AES-128-CCM and AES-128-GCM. Same names in azurerm 3.x and 4.x; accounts that cannot hold file shares are skipped.',
    rationale:
      'The SMB channel cipher protects file contents on the wire. Accepting the 128-bit ciphers lets clients negotiate a weaker cipher than the strongest one every current client supports.',
    remediation:
      'Set `channel_encryption_type = ["AES-256-GCM"]` in `share_properties { smb { ... } }`. Clients that cannot negotiate AES-256-GCM (older Windows and Linux kernels) can no longer mount the shares, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/storage/files/files-smb-protocol#smb-security-settings', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#smb'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['9.1.3'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    if (!holdsShares(account)) return;
    requireOnly(
      ctx,
      account.attrs.smbChannelEncryption,
      ['AES-256-GCM'],
      'which SMB channel ciphers the file shares accept',
      {
        absent: 'The file shares accept every SMB channel cipher, including the 128-bit ones (`share_properties { smb { channel_encryption_type } }` is not written).',
        wider: (extra) => `The file shares accept SMB channel ciphers weaker than AES-256-GCM (${extra.join(', ')}).`,
      },
      { id: 'aes-256-gcm-only', title: 'Accept AES-256-GCM only', safety: 'unsafe', value: ['AES-256-GCM'] },
    );
  },
});
