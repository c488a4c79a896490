package org.sarhad.cli;

import picocli.CommandLine.Option;

/** {@code --store DIR}, required by the commands that work on a local TDB2 store. */
final class StoreDirOption {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "TDB2 store directory")
    String store;
}
