// File imports: upload with progress, preview and mapping, start, follow, error report.
import { API_BASE, ApiError, http, NETWORK_ERROR, seg } from './http.ts';

export type ImportStatus = 'uploaded' | 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface ImportRecord {
  id: string;
  file_name: string;
  file_size: number;
  format: 'csv' | 'xlsx' | 'jsonl';
  detected_encoding: string | null;
  encoding: string | null;
  source: string | null;
  channel: string | null;
  mapping: Record<string, string> | null;
  timezone: string | null;
  status: ImportStatus;
  progress: {
    bytes_read: number;
    percent: number;
    rows_read: number;
    rows_created: number;
    rows_duplicate: number;
    rows_failed: number;
    error_count: number;
  };
  failure: string | null;
  created_by: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportPreview {
  import: ImportRecord;
  encoding: string | null;
  columns: string[];
  rows: Array<{ row_number: number; values: Record<string, string | null> }>;
  problems: Array<{ row_number: number; message: string }>;
  suggested_mapping: Record<string, string>;
}

export interface ImportSettings {
  source: string;
  channel: string;
  mapping: Record<string, string>;
  encoding?: string;
  timezone?: string;
}

export interface ImportError {
  row_number: number;
  field: string | null;
  column: string | null;
  message: string;
  text: string;
}

export const listImports = () => http.get<{ items: ImportRecord[] }>('/imports');
export const getImport = (id: string) => http.get<ImportRecord>(`/imports/${seg(id)}`);
export const previewImport = (id: string, encoding?: string) => http.get<ImportPreview>(`/imports/${seg(id)}/preview`, { encoding });
export const startImport = (id: string, settings: ImportSettings) => http.post<ImportRecord>(`/imports/${seg(id)}/start`, settings);
export const cancelImport = (id: string) => http.post<ImportRecord>(`/imports/${seg(id)}/cancel`);
export const deleteImport = (id: string) => http.delete(`/imports/${seg(id)}`);
export const listImportErrors = (id: string) =>
  http.get<{ error_count: number; stored: number; items: ImportError[] }>(`/imports/${seg(id)}/errors`, { format: 'json' });
/** A plain link: the browser downloads the CSV with the session cookie. */
export const importErrorsCsvUrl = (id: string) => `${API_BASE}/imports/${seg(id)}/errors?format=csv`;

/** Uploads with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadImport(file: File, onProgress?: (fraction: number) => void): Promise<ImportRecord> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${API_BASE}/imports`);
    request.setRequestHeader('x-openvoc-csrf', '1');
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, NETWORK_ERROR, 'The upload was interrupted.'));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON: handled below
      }
      if (request.status >= 200 && request.status < 300) return resolve(body as ImportRecord);
      const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      reject(new ApiError(request.status, error?.code ?? `http_${request.status}`, error?.message ?? request.statusText, error?.details));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
