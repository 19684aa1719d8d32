// The process's Prometheus figures (HTTP, ingest, jobs, plus Node's own process metrics). One registry
// per process: every `openvoc serve` / `openvoc worker` is scraped on its own, and Prometheus sums them.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface ProcessMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  feedbackIngested: Counter<'source' | 'outcome'>;
  jobRuns: Counter<'job' | 'outcome'>;
  jobDuration: Histogram<'job'>;
}

let metrics: ProcessMetrics | undefined;

export function processMetrics(): ProcessMetrics {
  metrics ??= createProcessMetrics();
  return metrics;
}

function createProcessMetrics(): ProcessMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'openvoc_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'openvoc_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'openvoc_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    feedbackIngested: new Counter({
      name: 'openvoc_feedback_ingested_total',
      help: 'Feedback items accepted by the ingest API, by source and outcome (created, duplicate)',
      labelNames: ['source', 'outcome'],
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: 'openvoc_job_runs_total',
      help: 'Background jobs run by this worker, by job name and outcome (completed, failed, dropped)',
      labelNames: ['job', 'outcome'],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'openvoc_job_duration_seconds',
      help: 'Time a background job handler took, by job name',
      labelNames: ['job'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [registry],
    }),
  };
}

/** Counts the outcome of ingested items; a duplicate is an idempotent re-send, not an error. */
export function countIngested(items: ReadonlyArray<{ source: string; created: boolean }>): void {
  const counter = processMetrics().feedbackIngested;
  for (const item of items) counter.inc({ source: item.source, outcome: item.created ? 'created' : 'duplicate' });
}
