// What the four invocations (invoker.properties) must have left behind: migrate refusing two heads,
// the merge migration and its index line, a second merge finding nothing to do, and both branches
// applied in the defined order (parents first, then index order), the merge migration last.

def check = { boolean ok, String message -> if (!ok) throw new AssertionError(message) }
def lines = new File(basedir, 'build.log').readLines()
def indexOf = { String text, int from = 0 ->
    int at = (from..<lines.size()).find { lines[it].contains(text) } ?: -1
    check(at >= 0, "expected a line containing '${text}' after line ${from} of build.log")
    at
}
def merge = '0003_merge_0002_add_note_title_and_0002_add_note_author'

// 1. migrate refuses the unmerged chain and names the goal that merges it.
int at = indexOf('the migration chain has 2 heads: 0002_add_note_title')
check(lines[at].contains('mvn migrator:merge'), "migrate says how to merge: ${lines[at]}")
check(indexOf('BUILD FAILURE') < at, 'the first migrate failed')

// 2. merge writes the migration that follows both heads, and appends it to the index.
at = indexOf('Merging 2 heads [0002_add_note_title, 0002_add_note_author]', at)
at = indexOf('src/main/java/com/example/merge/migrations/V0003_Merge0002AddNoteTitleAnd0002AddNoteAuthor.java', at)
def file = new File(basedir, 'src/main/java/com/example/merge/migrations/V0003_Merge0002AddNoteTitleAnd0002AddNoteAuthor.java')
check(file.isFile(), 'the merge migration was written')
def source = file.text
check(source.contains("id = \"${merge}\"") && source.contains('"0002_add_note_title",')
        && source.contains('"0002_add_note_author"'), "the merge migration follows both heads:\n${source}")
def index = new File(basedir, 'src/main/resources/META-INF/migrator/migrations.list').readLines().findAll { it.trim() }
check(index.last() == 'com.example.merge.migrations.V0003_Merge0002AddNoteTitleAnd0002AddNoteAuthor', "index: ${index}")

// 3. A second merge: one head, nothing written.
at = indexOf("Nothing to merge: the migrations have one head, ${merge}", at)
check(new File(basedir, 'src/main/java/com/example/merge/migrations').list().size() == 4, 'no second merge migration')

// 4. migrate applies both branches, parents first, then in index order, and the merge last.
at = indexOf('Applied 0001_create_note', at)
at = indexOf('Applied 0002_add_note_title', at)
at = indexOf('Applied 0002_add_note_author', at)
at = indexOf("Applied ${merge}", at)
check(lines.count { it.contains('BUILD FAILURE') } == 1, 'only the first migrate failed')

def url = 'jdbc:h2:file:' + new File(basedir, '.migrator/db').absolutePath
def credentials = new Properties()
credentials.setProperty('user', 'sa')
credentials.setProperty('password', '')
new org.h2.Driver().connect(url, credentials).withCloseable { connection ->
    def history = []
    connection.createStatement().executeQuery('select id from migrator_history order by install_order').with { rs ->
        while (rs.next()) history << rs.getString(1)
    }
    check(history == ['0001_create_note', '0002_add_note_title', '0002_add_note_author', merge], "history: ${history}")
    def columns = []
    connection.metaData.getColumns(null, 'PUBLIC', 'NOTE', '%').with { rs -> while (rs.next()) columns << rs.getString('COLUMN_NAME') }
    check(columns.sort() == ['AUTHOR', 'ID', 'TITLE'], "note's columns: ${columns}")
}
println 'verify: merge flow checked (refusal, merge migration, index, apply order)'
true
