package org.sarhad.cli;

import org.sarhad.iri.IriMinter;
import picocli.CommandLine.Option;

/** {@code --base IRI}, shared by every command that mints or reads entity IRIs. */
final class BaseOption {
    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "base IRI of minted entities (default: ${DEFAULT-VALUE})")
    String base;
}
