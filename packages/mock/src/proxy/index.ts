// @lr-mfa/mock/proxy: the traffic-check proxy (startProxy) and its report types. A separate entry because it
// loads the client's compiled response validators, which the mock itself never needs.
export type { Finding, FindingKind, Observation } from './checks.js';
export { type ProxyOptions, type ProxyServer, REPORT_PATH, startProxy } from './proxy.js';
export { type DriftReportJson, type ObservedItem, type ReportItem, reportMarkdown } from './report.js';
