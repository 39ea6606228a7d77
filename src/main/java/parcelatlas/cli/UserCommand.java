package parcelatlas.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.concurrent.Callable;
import parcelatlas.accounts.PasswordHasher;
import parcelatlas.accounts.Role;
import parcelatlas.accounts.User;
import parcelatlas.accounts.Users;
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
      description = "Add a user; the password (at least 10 characters) is read from standard input.")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the user name") String name;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "official | planner | admin")
    String role;

    @Option(names = "--scope", paramLabel = "TOWNSHIP_OR_PARK",
        description = "the township (镇街) or park code an official answers for; none = city-wide")
    String scope;

    @Mixin DatabaseOption database = new DatabaseOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Role parsed = parcelatlas.domain.Labelled.parse(Role.class, role).orElseThrow(() ->
          new IllegalArgumentException("unknown role '" + role + "'; use official, planner or admin"));
      String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      char[] password = line == null ? new char[0] : line.toCharArray();
      try (Storage storage = DatabaseOption.open(database.config(System.getenv()))) {
        boolean park = scope != null && isPark(storage, scope);
        User user = new Users(storage, new PasswordHasher(12))
            .add(name, parsed, park ? null : scope, park ? scope : null, password);
        spec.commandLine().getOut().println("added " + describe(user));
        return 0;
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    private static boolean isPark(Storage storage, String code) {
      return storage.read(c -> {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM parks WHERE code = ?")) {
          s.setString(1, code);
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
          }
        }
      });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
  static final class ListUsers implements Callable<Integer> {
    @Mixin DatabaseOption database = new DatabaseOption();
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Storage storage = DatabaseOption.open(database.config(System.getenv()))) {
        PrintWriter out = spec.commandLine().getOut();
        new Users(storage, new PasswordHasher(12)).list().forEach(u -> out.println(describe(u)));
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
      try (Storage storage = DatabaseOption.open(database.config(System.getenv()))) {
        if (!new Users(storage, new PasswordHasher(12)).disable(name)) {
          throw new IllegalArgumentException("no user '" + name + "'");
        }
        spec.commandLine().getOut().println("disabled " + name);
        return 0;
      }
    }
  }

  static String describe(User u) {
    String scope = u.scopeParkCode() != null ? "park " + u.scopeParkCode()
        : u.scopeTownship() != null ? "township " + u.scopeTownship() : "city-wide";
    return u.username() + "\t" + u.role().code() + "\t" + scope + (u.disabled() ? "\tdisabled" : "");
  }
}
