package dev.migrator.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The default-profile properties of a Spring Boot application's configuration files on the
 * project's classpath, flattened to Spring's dotted keys ({@code spring.jpa.properties.hibernate.x}).
 *
 * <p>Files, lowest precedence first, as Spring Boot reads them from the classpath:
 * {@code application.yml}/{@code application.yaml}, {@code application.properties}, then the same
 * under {@code config/}; a later file's value wins, and within one location {@code .properties}
 * wins over YAML. A file may hold several documents ({@code ---} in YAML, {@code #---} or
 * {@code !---} lines in properties); a document activated only for a profile
 * ({@code spring.config.activate.on-profile}, or the older {@code spring.profiles}) is left out,
 * because verify checks the default profile. YAML is read with SnakeYAML's {@link SafeConstructor}
 * (plain maps, lists and scalars, never objects); keys in brackets ({@code "[hibernate.x]"}) lose
 * their brackets. Lists are flattened to {@code key[0]}, {@code key[1]}. Profile-specific files
 * ({@code application-dev.yml}) and external config locations are not read.
 */
final class SpringConfigFiles {
    /** Classpath resources in increasing precedence. */
    static final List<String> RESOURCES = List.of("application.yml", "application.yaml", "application.properties",
            "config/application.yml", "config/application.yaml", "config/application.properties");

    private SpringConfigFiles() {}

    /** The flattened properties of all {@link #RESOURCES} the project has (empty when none). */
    static Map<String, String> read(ClassLoader projectLoader) throws VerifyException {
        Map<String, String> out = new TreeMap<>();
        for (String resource : RESOURCES) {
            URL url = projectLoader.getResource(resource);
            if (url != null) {
                String text = text(url);
                out.putAll(resource.endsWith(".properties") ? properties(text, url) : yaml(text, url));
            }
        }
        return out;
    }

    /** The default-profile documents of a properties file, later documents winning. */
    static Map<String, String> properties(String text, Object source) throws VerifyException {
        Map<String, String> out = new TreeMap<>();
        for (String document : text.split("(?m)^[#!]---[ \\t]*$")) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(document));
            } catch (IOException | IllegalArgumentException e) {
                throw new VerifyException("Cannot read " + source + ": " + e.getMessage(), e);
            }
            Map<String, String> flat = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> flat.put(name, properties.getProperty(name).trim()));
            if (isDefaultProfile(flat)) {
                out.putAll(flat);
            }
        }
        return out;
    }

    /** The default-profile documents of a YAML file, flattened, later documents winning. */
    static Map<String, String> yaml(String text, Object source) throws VerifyException {
        Map<String, String> out = new TreeMap<>();
        try {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> flat = new TreeMap<>();
                flatten("", document, flat);
                if (isDefaultProfile(flat)) {
                    out.putAll(flat);
                }
            }
        } catch (RuntimeException e) {
            // SnakeYAML reports syntax errors as unchecked YAMLExceptions.
            throw new VerifyException("Cannot read " + source + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isDefaultProfile(Map<String, String> document) {
        return !document.containsKey("spring.config.activate.on-profile") && !document.containsKey("spring.profiles");
    }

    private static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(join(prefix, unbracket(String.valueOf(key))), child, out));
        } else if (value instanceof List<?> list) {
            List<?> items = new ArrayList<>(list);
            for (int i = 0; i < items.size(); i++) {
                flatten(prefix + "[" + i + "]", items.get(i), out);
            }
        } else if (value != null && !prefix.isEmpty()) {
            out.put(prefix, String.valueOf(value).trim());
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Spring's map-key escape: {@code "[hibernate.format_sql]"} is the key {@code hibernate.format_sql}. */
    private static String unbracket(String key) {
        return key.startsWith("[") && key.endsWith("]") ? key.substring(1, key.length() - 1) : key;
    }

    private static String text(URL url) throws VerifyException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VerifyException("Cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
