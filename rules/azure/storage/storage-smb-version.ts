// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule } from '../../api';
import { holdsShares, requireOnly } from '../../lib/azure';

export default defineCatalogRule({
  kind: 'azure.storage.account',
  meta: {
    id: 'AZURE-STORAGE-012',
    name: 'storage-smb-version',
    title: 'File shares accept SMB 3.1.1 only',
    severity: 'medium',
    description:
      'Storage accounts that can hold file shares set `share_properties { smb { versions = ["SMB3.1.1"] } }`. When `versions` is not written the shares accept SMB 2.1, 3.0 and 3.1.1. Same names in azurerm 3.x and 4.x; accounts that cannot hold file shares are skipped.',
    rationale:
      'SMB 3.1.1 adds pre-authentication integrity checks and AES-GCM encryption; older dialects can be negotiated down to weaker protection, which an attacker on the path can exploit. Accepting only 3.1.1 keeps every mount on the strongest protocol.',
    remediation:
      'Set `versions = ["SMB3.1.1"]` in `share_properties { smb { ... } }`. Clients that only speak older SMB versions (Windows 8.1 and Server 2012 R2 and earlier) can no longer mount the shares, so the quick fix is unsafe.',
    links: ['https://learn.microsoft.com/azure/storage/files/files-smb-protocol', 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#smb'],
    ...byConcept('encryption-in-transit', { cis: { 'cis-azure-6.0.0': ['9.1.2'] } }),
    levels: { 'cis-azure-6.0.0': 1 },
    resourceTypes: { terraform: ['azurerm_storage_account'] },
    fix: 'unsafe',
  },
  check(account, ctx) {
    if (!holdsShares(account)) return;
    requireOnly(
      ctx,
      account.attrs.smbVersions,
      ['SMB3.1.1'],
      'which SMB versions the file shares accept',
      {
        absent: 'The file shares accept every SMB version, including SMB 2.1 and 3.0 (`share_properties { smb { versions } }` is not written).',
        wider: (extra) => `The file shares accept SMB versions older than 3.1.1 (${extra.join(', ')}).`,
      },
      { id: 'smb-3-1-1-only', title: 'Accept SMB 3.1.1 only', safety: 'unsafe', value: ['SMB3.1.1'] },
    );
  },
});
