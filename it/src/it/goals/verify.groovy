// What the eight -X invocations (invoker.properties) must have left behind: each goal's output in
// build.log, in order, the password nowhere in it, the SQL file, and the database's history.

def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def indexOf = { String text, int from = 0 ->
    int at = (from..<lines.size()).find { lines[it].contains(text) } ?: -1
    check(at >= 0, "expected a line containing '${text}' after line ${from} of build.log")
    at
}

// 0. The runs were debug runs that configured the goals, and the password is nowhere.
check(log.contains('[DEBUG] Configuring mojo dev.migrator:migrator-maven-plugin'), 'the goals ran with -X')
check(log.contains('(f) serverId = db'), '-X printed the goals\' parameters')
check(!log.contains('S3cr3t-Pw'), 'the password appears in build.log')

// 1.-3. migrate (-D password), baseline (MIGRATOR_PASSWORD), status and validate (settings.xml server).
int at = indexOf('Database: jdbc:h2:file:')
at = indexOf('(user app)', at)
at = indexOf('  Applied 0001_create_note', at)
at = indexOf('  Baselined 0002_add_note_title (recorded as applied, not run)', at)
at = indexOf('Current revision: 0002_add_note_title', at)
at = indexOf(' [X] 0001_create_note', at)
at = indexOf(' [X] 0002_add_note_title', at)
at = indexOf(' [ ] 0003_broken_audit', at)
at = indexOf('Validated 2 applied migration(s) against the code: no problems; 1 pending.', at)

// 4. The PostgreSQL script in the log, from base to head; the Java step named, not rendered.
at = indexOf('-- migrator: postgresql upgrade script', at)
at = indexOf('-- upgrade 0001_create_note: create note', at)
at = indexOf('begin;', at)
at = indexOf('-- upgrade 0002_add_note_title: add note title', at)
at = indexOf('-- NOT RENDERED: ', at)
at = indexOf('-- upgrade 0003_broken_audit: broken audit', at)
at = indexOf('[WARNING] Not rendered: Java step "fill note titles" of 0002_add_note_title', at)

// 5. The H2 script from 0001 to head, in a file.
at = indexOf('Wrote the h2 script from 0001_create_note to head', at)
def script = new File(basedir, 'target/upgrade.sql')
check(script.isFile(), 'target/upgrade.sql written')
def sql = script.text
check(!sql.contains('-- upgrade 0001_create_note') && sql.contains('-- upgrade 0002_add_note_title')
        && sql.contains('-- upgrade 0003_broken_audit'), "the script covers 0002 and 0003 only:\n${sql}")
check(sql.contains('insert into no_such_table values (1);'), 'the script has the SQL steps')

// 6.-8. The failing migration, validate naming it, repair forgetting it.
at = indexOf('BUILD FAILURE', at)
at = indexOf('the upgrade of migration 0003_broken_audit', at)
at = indexOf('marks 0003_broken_audit as in_progress', at)
at = indexOf('BUILD FAILURE', at)
at = indexOf('migrator_history does not match the migrations of the code (1 problem):', at)
at = indexOf('migration 0003_broken_audit was interrupted during its upgrade', at)
at = indexOf('  Forgot 0003_broken_audit (in_progress: interrupted upgrade); it now counts as not applied', at)
at = indexOf(' [ ] 0003_broken_audit', at)
check(log.count('BUILD FAILURE') == 2, 'only the migrate of 0003 and the validate after it failed')

// The database: its history, opened with the password only this script and the server know.
def url = 'jdbc:h2:file:' + new File(basedir, 'target/db').absolutePath
def credentials = new Properties()
credentials.setProperty('user', 'app')
credentials.setProperty('password', 'S3cr3t-Pw')
new org.h2.Driver().connect(url, credentials).withCloseable { connection ->
    def history = []
    connection.createStatement().executeQuery('select id, state from migrator_history order by install_order').with { rs ->
        while (rs.next()) history << rs.getString(1) + ' ' + rs.getString(2)
    }
    check(history == ['0001_create_note applied', '0002_add_note_title baseline'], "history: ${history}")
}
println 'verify: sql, baseline, validate and repair checked; no password in the -X logs'
true
