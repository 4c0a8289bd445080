// Checks a copy of examples/tutorial after `migrator:make migrator:migrate migrator:status`:
// the README's quickstart runs, and the committed migrations still match the entities and the
// processor (make finds nothing to do), so the example can never go stale unnoticed.
def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
// The invoker binds basedir to this script's directory (it lives outside the example, in
// it/src/it-examples); the example's clone is it/target/examples/tutorial.
def project = new File(basedir, '../../target/examples/tutorial').canonicalFile
def log = new File(project, 'build.log').text
check(log.contains('No changes detected'),
        'examples/tutorial: make would write a new migration; regenerate the example\'s migrations (see its pom)')
// A developer who ran the quickstart in examples/tutorial leaves .migrator/db behind, and the
// clone copies it: then nothing is pending, so only the end state is required.
check(log.contains('Current revision: 0002_add_departments_and_employees'), 'status shows the head')
check(log.contains('[X] 0001_create_the_example_database'), 'status shows the first migration applied')
def written = new File(project, 'src/main/java/com/example/tutorial/migrations').list().sort()
check(written == ['V0001_CreateTheExampleDatabase.java', 'V0002_AddDepartmentsAndEmployees.java'], "migrations: ${written}")
println 'verify: examples/tutorial is up to date and migrates'
true
