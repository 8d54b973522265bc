// SPDX-License-Identifier: Apache-2.0
// Document URIs ↔ the file paths the service works with. Untitled documents get a virtual path whose
// extension follows their language, so they are analyzed (alone) like a saved file.

import { fileURLToPath, pathToFileURL } from 'node:url';

const LANGUAGE_EXTENSIONS: Record<string, string> = { terraform: '.tf', 'terraform-vars': '.tfvars', yaml: '.yaml', json: '.json' };

export function uriToPath(uri: string, languageId?: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // fall through to the virtual path
    }
  }
  // Each unsaved document gets a folder of its own, so two untitled Terraform buffers are not one module.
  const name = uri.replace(/[^A-Za-z0-9._-]+/g, '_');
  const ext = languageId ? (LANGUAGE_EXTENSIONS[languageId] ?? '') : '';
  return `/__virtual__/${name}/document${ext}`;
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}
