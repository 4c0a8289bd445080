package dev.migrator.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrator.MigrationInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written parser of index lines keeps the format's rules (MigrationIndex) at its edges. */
class IndexEntryParsingTest {
    private static final String SUM = "0123456789abcdef".repeat(4);

    private static MigrationInfo info(String line) {
        return IndexEntry.parse(line).orElseThrow().info();
    }

    @Test
    void fieldsInAnyOrderSeparatedByRunsOfSpacesUnknownOnesIgnored() {
        MigrationInfo info = info("com.x.V2   #migrator:1   message=add+email  future=1 checksum=" + SUM
                + "   parents=0001_a,0001_b id=0002_add_email");
        assertThat(info).isEqualTo(new MigrationInfo("0002_add_email", List.of("0001_a", "0001_b"), "add email", "com.x.V2", SUM));
    }

    @Test
    void aFieldGivenTwiceCountsWithItsLastValueAndAValueMayContainEquals() {
        MigrationInfo info = info("com.x.V2 #migrator:1 id=first id=second parents= checksum=" + SUM + " message=a=b%3Dc");
        assertThat(info.id()).isEqualTo("second");
        assertThat(info.parents()).isEmpty();
        assertThat(info.description()).isEqualTo("a=b=c");
    }

    @Test
    void encodedValuesAreDecodedAndPlainOnesKeptAsTheyAre() {
        MigrationInfo info = info("com.x.V2 #migrator:1 id=0002_%C3%A9t%C3%A9 parents=a%2Cb,c checksum=" + SUM
                + " message=caf%C3%A9+%2B+tea");
        assertThat(info.id()).isEqualTo("0002_été");
        assertThat(info.parents()).containsExactly("a,b", "c");
        assertThat(info.description()).isEqualTo("café + tea");
    }

    @Test
    void malformedMetadataMakesAPlainLine() {
        String ok = " parents= checksum=" + SUM + " message=m";
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=x" + ok).orElseThrow().hasMetadata()).isTrue();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=" + ok).orElseThrow().hasMetadata()).isFalse();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=%zz" + ok).orElseThrow().hasMetadata()).isFalse();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=x parents= message=m checksum=" + SUM.toUpperCase())
                .orElseThrow().hasMetadata()).isFalse();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=x parents= message=m checksum=" + SUM + "0")
                .orElseThrow().hasMetadata()).isFalse();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 id=x parents= checksum=" + SUM).orElseThrow().hasMetadata())
                .isFalse();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1 =x id=x" + ok).orElseThrow().hasMetadata()).isTrue();
        assertThat(IndexEntry.parse("com.x.V2 #migrator:1id=x" + ok).orElseThrow().hasMetadata()).isFalse();
    }
}
