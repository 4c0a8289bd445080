// migrator:verify read the Spring Boot settings of application.yml (default profile only) and reported the difference.
def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text
def expect = { String line -> check(log.contains(line), "build.log lacks: ${line}") }

expect('[INFO] Verifying 1 entity against Hibernate ORM 7.1.10.Final (offline), naming standard, project settings '
        + '[hibernate.dialect, hibernate.type.preferred_uuid_jdbc_type]')
// spring.jpa.database-platform picked PostgreSQL; the "test" profile's H2 was left out.
expect("[WARNING] postgresql: 1 difference(s) between Hibernate's schema and the snapshot:")
expect('[WARNING]     table Post: column publicId: type is char(36) in Hibernate, uuid in the snapshot')
check(!log.contains('[WARNING] h2:') && !log.contains('[INFO] h2:'), 'only PostgreSQL is verified')
expect("Hibernate's schema differs from the snapshot (postgresql: 1 difference(s), listed above).")
check(!log.contains('\tat dev.migrator'), 'no stack trace')
