package org.sarhad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar sarhad.jar <command>}: the command line of DESIGN.md. */
@Command(name = "sarhad", mixinStandardHelpOptions = true, version = "Sarhad 0.1.0",
        description = "Border-security news reporting as a validated linked-data knowledge graph.",
        subcommands = {IngestCommand.class, ExtractCommand.class, ValidateCommand.class, ServeCommand.class,
            QueryCommand.class, ExportCommand.class, DemoCommand.class, GazetteerCommand.class, BackupCommand.class,
            RestoreCommand.class, CompactCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes shared by all commands. */
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int STORE_UNAVAILABLE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // `query @file.rq` reads the file itself; picocli's own @-file expansion would split the query into arguments.
        cl.setExpandAtFiles(false);
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sarhad: " + ex.getMessage());
            return exitCode(ex);
        });
        return cl;
    }

    private static int exitCode(Throwable t) {
        if (t instanceof org.sarhad.store.StoreUnavailableException) {
            return STORE_UNAVAILABLE;
        }
        if (t instanceof CommandLine.ParameterException || t instanceof IllegalArgumentException) {
            return USAGE;
        }
        return SOME_REJECTED;
    }
}
