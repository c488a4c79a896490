package org.sarhad.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.Model.CommandSpec;

/** A command's stdout as a UTF-8 byte stream, for the Jena writers that take streams (tests swap the writer). */
final class CommandOutput {
    private CommandOutput() {
    }

    static OutputStream stream(CommandSpec spec) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        return WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
    }
}
