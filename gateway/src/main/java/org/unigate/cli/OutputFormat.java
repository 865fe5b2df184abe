package org.unigate.cli;

/** How records are printed. */
enum OutputFormat { text, marcxml, json }
