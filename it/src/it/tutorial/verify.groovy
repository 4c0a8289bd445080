// What the tutorial's eleven invocations (invoker.properties) must have left behind:
// the migration files and their index, the build output of every goal, and the database.

def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def log = new File(basedir, 'build.log').text
// Only migrator's own lines, in order: what a user reads.
def lines = log.readLines().findAll { it.startsWith('[INFO] ') }.collect { it.substring(7) }
def indexOf = { String text, int from = 0 ->
    int at = (from..<lines.size()).find { lines[it].contains(text) } ?: -1
    check(at >= 0, "expected a line containing '${text}' after line ${from} of build.log")
    at
}

// 1. Files: one migration per make that saw a change, named after its message, in the index in order.
def migrations = new File(basedir, 'src/main/java/com/example/tutorial/migrations')
def expected = ['V0001_CreateTheExampleDatabase', 'V0002_AddDepartmentsAndEmployees',
                'V0003_AddEmployeePhone', 'V0004_WidenUserNickname']
check(migrations.list().sort() == expected.collect { it + '.java' },
        "migration files: ${migrations.list().sort()}")
def index = new File(basedir, 'src/main/resources/META-INF/migrator/migrations.list').readLines().findAll { it.trim() }
check(index == expected.collect { 'com.example.tutorial.migrations.' + it }, "migrations.list: ${index}")

def first = new File(migrations, 'V0001_CreateTheExampleDatabase.java').text
check(first.contains('@Revision(') && first.contains('id = "0001_create_the_example_database"'), 'V0001 @Revision')
check(first.contains('op.createTable(table("user")') && first.contains('op.createTable(table("Address")'), 'V0001 creates both tables')
check(first.contains('op.addForeignKey("Address"'), 'V0001 adds the foreign key')
check(first.contains('public void downgrade(Operations op)') && first.contains('op.dropTable(table("user")'), 'V0001 downgrade drops')
def second = new File(migrations, 'V0002_AddDepartmentsAndEmployees.java').text
check(second.contains('parents = "0001_create_the_example_database"'), 'V0002 follows V0001')
check(second.contains('table("Employee_Department")'), 'V0002 creates the link table')
def third = new File(migrations, 'V0003_AddEmployeePhone.java').text
check(third.contains('op.addColumn("Employee"') && !third.contains('createTable'), 'V0003 only adds the column')
def fourth = new File(migrations, 'V0004_WidenUserNickname.java').text
check(fourth.contains('varchar(100)') && fourth.contains('varchar(50)') && !fourth.contains('addColumn'),
        'V0004 only widens the column (and its downgrade narrows it back)')

// 2. Build output, in order: make, migrate, make with nothing to do, ... (one position per step).
int at = indexOf('src/main/java/com/example/tutorial/migrations/V0001_CreateTheExampleDatabase.java')
at = indexOf('+ Create table user', at)
at = indexOf('+ Create table Address', at - 3)
at = indexOf('Applied 0001_create_the_example_database', at)
at = indexOf('No changes detected', at)
check(log.count('No changes detected') == 1, 'make said "No changes detected" exactly once')
at = indexOf('V0002_AddDepartmentsAndEmployees.java', at)
at = indexOf('+ Create table Employee_Department', at)
at = indexOf('Applied 0002_add_departments_and_employees', at)
at = indexOf('+ Add column phone to Employee', at)
at = indexOf('~ Alter column user.nickname: varchar(50) -> varchar(100)', at)
at = indexOf('Applied 0003_add_employee_phone', at)
at = indexOf('Applied 0004_widen_user_nickname', at)
at = indexOf('Current revision: 0004_widen_user_nickname', at)
at = indexOf('0003_add_employee_phone -> 0004_widen_user_nickname (head)', at)
at = indexOf('<base> -> 0001_create_the_example_database', at)
at = indexOf('Reverted 0004_widen_user_nickname', at)
at = indexOf('Current revision: 0003_add_employee_phone', at)
at = indexOf('[ ] 0004_widen_user_nickname', at)
at = indexOf('Reverted 0001_create_the_example_database', at)
at = indexOf('Current revision: base (nothing applied)', at)
at = indexOf('Applied 0004_widen_user_nickname', at)
at = indexOf('Current revision: 0004_widen_user_nickname', at)
check(!log.contains('BUILD FAILURE'), 'no invocation failed')
check(!log.contains('password'), 'no password in the output')

// 3. The embedded default database in the project directory, migrated up again to the head.
def url = 'jdbc:h2:file:' + new File(basedir, '.migrator/db').absolutePath
// The driver comes from the it module's test class path (addTestClassPath); DriverManager would not
// see a driver loaded by the script's class loader, so it is asked directly.
def credentials = new Properties()
credentials.setProperty('user', 'sa')
credentials.setProperty('password', '')
new org.h2.Driver().connect(url, credentials).withCloseable { connection ->
    def meta = connection.metaData
    def tables = []
    meta.getTables(null, 'PUBLIC', '%', ['TABLE'] as String[]).with { rs -> while (rs.next()) tables << rs.getString('TABLE_NAME') }
    check(tables.sort() == ['ADDRESS', 'DEPARTMENT', 'EMPLOYEE', 'EMPLOYEE_DEPARTMENT', 'MIGRATOR_HISTORY', 'MIGRATOR_LOCK', 'user'],
            "tables: ${tables.sort()}")
    def nickname = meta.getColumns(null, 'PUBLIC', 'user', 'NICKNAME')
    check(nickname.next() && nickname.getInt('COLUMN_SIZE') == 100, 'user.nickname is varchar(100)')
    def phone = meta.getColumns(null, 'PUBLIC', 'EMPLOYEE', 'PHONE')
    check(phone.next() && phone.getInt('COLUMN_SIZE') == 20, 'Employee.phone exists, varchar(20)')
    def history = []
    connection.createStatement().executeQuery('select id, state from migrator_history order by install_order').with { rs ->
        while (rs.next()) history << rs.getString(1) + ' ' + rs.getString(2)
    }
    check(history == ['0001_create_the_example_database applied', '0002_add_departments_and_employees applied',
                      '0003_add_employee_phone applied', '0004_widen_user_nickname applied'], "history: ${history}")
}
// 4. migrator:index (bound at process-classes) enriched the copy of the index in target/classes, never the
// source: each line has the migration's id, parents and checksum, the checksum the database recorded.
def built = new File(basedir, 'target/classes/META-INF/migrator/migrations.list').readLines().findAll { it.trim() }
check(built.size() == 4, "target/classes index: ${built}")
def ids = ['0001_create_the_example_database', '0002_add_departments_and_employees', '0003_add_employee_phone',
           '0004_widen_user_nickname']
def recorded = [:]
new org.h2.Driver().connect(url, credentials).withCloseable { connection ->
    connection.createStatement().executeQuery('select id, checksum from migrator_history').with { rs ->
        while (rs.next()) recorded[rs.getString(1)] = rs.getString(2)
    }
}
built.eachWithIndex { line, i ->
    def parents = i == 0 ? '' : ids[i - 1]
    def metadata = (line =~ /^(\S+) #migrator:1 id=(\S+) parents=(\S*) checksum=([0-9a-f]{64}) message=\S*$/)
    check(metadata.matches(), "index line ${i + 1} has no metadata: ${line}")
    check(metadata.group(1) == 'com.example.tutorial.migrations.' + expected[i] && metadata.group(2) == ids[i]
            && metadata.group(3) == parents, "index line ${i + 1}: ${line}")
    check(metadata.group(4) == recorded[ids[i]], "index checksum of ${ids[i]} is the one migrator_history recorded")
}
check(log.contains('Indexed 4 migration(s) in target/classes/META-INF/migrator/migrations.list'), 'migrator:index ran')
// 5. Beside the index, migrator:index prerendered each dialect's upgrade statements, tied to the same checksums.
['h2', 'postgresql'].each { dialect ->
    def statements = new File(basedir, "target/classes/META-INF/migrator/statements/${dialect}.list").readLines()
    check(statements[0].startsWith('#migrator-statements:1 runtime='), "${dialect} statements header: ${statements[0]}")
    def headers = statements.findAll { it.startsWith('@ ') }
    check(headers == ids.collect { "@ ${it} ${recorded[it]}".toString() }, "${dialect} statements: ${headers}")
    check(statements.count { it.startsWith('= ') } >= 4, "${dialect} statements have SQL")
}
println 'verify: tutorial flow checked (files, output, database, build-time index and statements)'
true
