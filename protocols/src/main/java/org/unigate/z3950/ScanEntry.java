package org.unigate.z3950;

/** One entry of a scan response: a term or a diagnostic in its place. */
public sealed interface ScanEntry permits TermInfo, SurrogateDiagnostic {
}
