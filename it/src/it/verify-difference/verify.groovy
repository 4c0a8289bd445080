// migrator:verify failed and named every fact on which Hibernate (with the project's settings) and the snapshot differ.
def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text
def expect = { String line -> check(log.contains(line), "build.log lacks: ${line}") }
def lines = log.readLines()
// For each dialect, the differences follow its heading line, exactly these and in this order.
def expectInOrder = { List<String> expected ->
    for (dialect in ['h2', 'postgresql']) {
        int heading = lines.indexOf("[WARNING] ${dialect}: 5 difference(s) between Hibernate's schema and the snapshot:".toString())
        check(heading >= 0, "no heading for ${dialect}")
        check(lines.subList(heading + 1, heading + 1 + expected.size()) == expected,
                "${dialect} differences: ${lines.subList(heading + 1, heading + 1 + expected.size())}")
    }
}

expect('[INFO] Verifying 2 entities against Hibernate ORM 7.1.10.Final (offline), naming standard, project settings '
        + '[hibernate.physical_naming_strategy, hibernate.type.preferred_uuid_jdbc_type]; Bean Validation not applied '
        + "(no provider on the project's classpath).")
// The project's naming strategy renames the sequences...
// (the comparison prints subjects in sorted order)
expectInOrder([
        '[WARNING]     sequence Post_SEQ: only in the snapshot (increment 50, start 1)',
        '[WARNING]     sequence Reply_SEQ: only in the snapshot (increment 50, start 1)',
        '[WARNING]     sequence seq_Post_SEQ: only in Hibernate (increment 50, start 1)',
        '[WARNING]     sequence seq_Reply_SEQ: only in Hibernate (increment 50, start 1)',
        // ...and <hibernateProperties> store the UUID as characters.
        '[WARNING]     table Post: column publicId: type is char(36) in Hibernate, uuid in the snapshot'])
expect("[ERROR] Failed to execute goal dev.migrator:migrator-maven-plugin:")
expect("Hibernate's schema differs from the snapshot (h2: 5, postgresql: 5 difference(s), listed above).")
// A user mistake, reported without a stack trace.
check(!log.contains('\tat dev.migrator'), 'no stack trace')
