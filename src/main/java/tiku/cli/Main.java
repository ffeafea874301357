package tiku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import tiku.io.InputException;
import tiku.select.Selector;

/** The {@code tiku} command: its subcommands, and the mapping of failures to one-line errors. */
@Command(
    name = "tiku",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Question banks, worksheets, Anki decks and self-tests from teaching documents.")
public final class Main implements Runnable {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      FactsCommand.class,
      GenerateCommand.class,
      ListCommand.class,
      StatsCommand.class,
      RenderCommand.class,
      ExportCommand.class,
      BuildCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class);

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command (facts, generate, list, stats, render, export, build, import)");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; tests call this. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> command : commandsFor(args)) {
      cl.addSubcommand(command);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, err, debug));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("tiku: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCodes.BAD_USAGE;
        });
    return cl.execute(args);
  }

  /**
   * The subcommands to register for these arguments. picocli builds the full option model of every
   * registered command by reflection, which was about half of a short command's start-up; a run
   * that names a command needs only that one. Help, a bare {@code tiku} and unknown names get all
   * of them, so listings and "did you mean" suggestions stay complete.
   */
  static List<Class<?>> commandsFor(String... args) {
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
    for (Class<?> command : COMMANDS) {
      if (command != CommandLine.HelpCommand.class
          && command.getAnnotation(Command.class).name().equals(named)) {
        return List.of(command);
      }
    }
    return COMMANDS;
  }

  static int handle(Exception ex, PrintWriter err, boolean debug) {
    Throwable e = ex;
    if (e instanceof UncheckedIOException u) {
      e = u.getCause();
    }
    int code;
    String message;
    if (e instanceof InputException ie) {
      code = ExitCodes.BAD_INPUT;
      message = ie.oneLine();
    } else if (e instanceof UsageException || e instanceof Selector.UnknownPillarException) {
      code = ExitCodes.BAD_USAGE;
      message = e.getMessage();
    } else if (e instanceof NoSuchFileException nf) {
      code = ExitCodes.BAD_INPUT;
      message = nf.getFile() + ": no such file or folder";
    } else if (e instanceof AccessDeniedException ad) {
      code = ExitCodes.BAD_INPUT;
      message = ad.getFile() + ": permission denied";
    } else if (e instanceof FileSystemException fs) {
      code = ExitCodes.BAD_INPUT;
      message = fs.getFile() + ": " + (fs.getReason() == null ? "cannot be read or written" : fs.getReason());
    } else if (e instanceof IOException io) {
      code = ExitCodes.BAD_INPUT;
      message = "input/output error: " + io.getMessage();
    } else if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
      code = ExitCodes.BAD_INPUT;
      message = "the input is too large or too deeply nested to process";
    } else {
      code = ExitCodes.BAD_INPUT;
      message = "internal error: " + e + (debug ? "" : " (run with --debug to see where)");
    }
    err.println("tiku: " + message.replace('\n', ' '));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"tiku " + (v == null ? "(development build)" : v)};
    }
  }
}
