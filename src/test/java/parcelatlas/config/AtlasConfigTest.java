package parcelatlas.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasConfigTest {
  @TempDir Path dir;

  @Test
  void the_default_database_is_embedded_h2gis_under_the_data_folder() {
    AtlasConfig config = AtlasConfig.load(Map.of("ATLAS_CONFIG", dir.resolve("none.properties").toString()));
    assertTrue(config.databaseUrl().startsWith("jdbc:h2:file:"), config.databaseUrl());
    assertTrue(config.databaseUrl().contains("atlas-data/atlas;AUTO_SERVER=TRUE"), config.databaseUrl());
    assertEquals(8080, config.port());
  }

  @Test
  void environment_beats_the_file_and_flags_beat_the_environment() throws Exception {
    Path file = dir.resolve("atlas.properties");
    Files.writeString(file, "port = 9000\ndb.url = jdbc:postgresql://file/db\n");
    Map<String, String> env = Map.of("ATLAS_CONFIG", file.toString(), "ATLAS_DB_URL", "jdbc:postgresql://env/db");
    AtlasConfig config = AtlasConfig.load(env);
    assertEquals(9000, config.port());
    assertEquals("jdbc:postgresql://env/db", config.databaseUrl());
    assertEquals("jdbc:postgresql://flag/db", config.with("db.url", "jdbc:postgresql://flag/db").databaseUrl());
    assertEquals("jdbc:postgresql://env/db", config.with("db.url", null).databaseUrl());
  }

  @Test
  void an_unknown_setting_in_the_file_is_refused_with_the_known_ones() throws Exception {
    Path file = dir.resolve("atlas.properties");
    Files.writeString(file, "prot = 9000\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AtlasConfig.load(Map.of("ATLAS_CONFIG", file.toString())));
    assertTrue(e.getMessage().contains("prot") && e.getMessage().contains("port"), e.getMessage());
  }
}
