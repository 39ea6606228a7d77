package parcelatlas.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.Scopes;
import parcelatlas.accounts.Scopes.Scope;
import parcelatlas.accounts.User;
import parcelatlas.accounts.Users;
import parcelatlas.config.AtlasConfig;
import parcelatlas.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage staff accounts.",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class})
final class UserCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Add a user; the password is read from standard input: 10–128 characters,"
          + " not a common password, not containing the user name, not one character repeated or a run like 1234567890."})
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the user name") String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "official | planner | admin")
    String role;

    @Option(names = "--scope", paramLabel = "TOWNSHIP_OR_PARK",
        description = "officials only: the park code or township (镇街, of a demolition zone or project) they answer for;"
            + " none = city-wide")
    String scope;

    @Mixin DatabaseOption database = new DatabaseOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Role parsed = parcelatlas.domain.Labelled.parse(Role.class, role).orElseThrow(() ->
          new IllegalArgumentException("unknown role '" + role + "'; use official, planner or admin"));
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      char[] password = line == null ? new char[0] : line.toCharArray();
      AtlasConfig config = database.config(System.getenv());
      try (Storage storage = DatabaseOption.openForCommand(config)) {
        Scope where = scope == null ? new Scope(null, null) : Scopes.resolve(storage, scope).orElseThrow(() ->
            new IllegalArgumentException("--scope: no park has the code '" + scope
                + "' and no demolition zone or project belongs to a township of that name"));
        User user = new Users(storage, hasher(config))
            .add(name, parsed, where.township(), where.parkCode(), password);
        spec.commandLine().getOut().println("added " + describe(user));
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      AtlasConfig config = database.config(System.getenv());
      try (Storage storage = DatabaseOption.openForCommand(config)) {
        PrintWriter out = spec.commandLine().getOut();
        new Users(storage, hasher(config)).list().forEach(u -> out.println(describe(u)));
        return 0;
      }
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user and end their sessions.")
  static final class Disable implements Callable<Integer> {
    @Parameters(paramLabel = "NAME") String name;
    @Mixin DatabaseOption database = new DatabaseOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      AtlasConfig config = database.config(System.getenv());
      try (Storage storage = DatabaseOption.openForCommand(config)) {
        if (!new Users(storage, hasher(config)).disable(name)) {
          throw new IllegalArgumentException("no user '" + name + "'");
        }
        spec.commandLine().getOut().println("disabled " + name);
        return 0;
      }
    }
  }

  private static PasswordHasher hasher(AtlasConfig config) {
    return new PasswordHasher(Integer.parseInt(config.get("password.cost")));
  }

  static String describe(User u) {
    String scope = u.scopeParkCode() != null ? "park " + u.scopeParkCode()
        : u.scopeTownship() != null ? "township " + u.scopeTownship() : "city-wide";
    return u.username() + "\t" + u.role().code() + "\t" + scope + (u.disabled() ? "\tdisabled" : "");
  }
}
