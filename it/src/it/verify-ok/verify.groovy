// migrator:verify found Hibernate's schema and the snapshot equal on both dialects, with Bean Validation applied.
def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text

check(log.contains('[INFO] Verifying 4 entities against Hibernate ORM 7.1.10.Final (offline), naming standard; '
        + "Bean Validation applied (a provider is on the project's classpath)."), 'the summary line')
check(log.contains("[INFO] h2: Hibernate's schema and the snapshot agree (5 tables, 4 sequences)."), 'h2 agrees')
check(log.contains("[INFO] postgresql: Hibernate's schema and the snapshot agree (5 tables, 4 sequences)."), 'postgresql agrees')
check(log.contains('BUILD SUCCESS'), 'the build succeeds')
// Hibernate's own start-up chatter stays out of the build log.
check(!log.contains('HHH'), 'no Hibernate log lines')
// verify writes no migration and needs no database.
check(!new File(basedir, 'src/main/java/com/example/shop/migrations').exists(), 'no migration written')
check(!new File(basedir, '.migrator').exists(), 'no database created')
