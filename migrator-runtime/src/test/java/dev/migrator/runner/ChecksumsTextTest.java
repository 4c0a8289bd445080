package dev.migrator.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.operation.ExecuteSql;
import dev.migrator.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The canonical text's string escaping and the digest, pinned: applied migrations keep their checksums. */
class ChecksumsTextTest {
    private static final List<Operation> OPERATIONS = List.of(
            new ExecuteSql("insert into t values ('a\"b\\c')\n\r\t\u0001é", null),
            new ExecuteSql("x", "y"));

    @Test
    void stringsAreEscapedExactlyAsTheFormatSays() {
        assertThat(Checksums.canonicalText(OPERATIONS)).isEqualTo(
                "ExecuteSql(sql=\"insert into t values ('a\\\"b\\\\c')\\n\\r\\t\\u0001é\", reverseSql=null)\n"
                        + "ExecuteSql(sql=\"x\", reverseSql=\"y\")\n");
    }

    @Test
    void theChecksumIsTheSha256HexOfTheUtf8Text() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Checksums.canonicalText(OPERATIONS).getBytes(StandardCharsets.UTF_8)));
        assertThat(Checksums.of(OPERATIONS)).isEqualTo(expected).hasSize(64);
    }

    @Test
    void concurrentChecksumsDoNotShareADigest() throws Exception {
        List<List<Operation>> inputs = IntStream.range(0, 200)
                .mapToObj(i -> List.<Operation>of(new ExecuteSql("select " + i, null))).toList();
        List<String> sequential = inputs.stream().map(Checksums::of).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = inputs.stream().map(ops -> pool.submit(() -> Checksums.of(ops))).toList();
            for (int i = 0; i < inputs.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
