/* test-cli-files.c: the command line with files: importing filings,
 * writing outputs safely, leaving the user's database as it was, and the
 * messages each failure gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli-test.h"
#include "test-util.h"

static char *
filing_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "filings", name, NULL);
}

/* A real filing: previewed without writing, then imported; each class's
 * printed example agrees, and its averages list the filing's index. */
static void
test_import_filing (void)
{
  g_autofree char *db = g_build_filename (data_home, "filing.db", NULL);
  g_autofree char *delaware = filing_path ("delaware-value-fund-485bpos-2023-11-30.htm");
  g_autofree char *junk = g_build_filename (data_home, "junk.htm", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--list-funds", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));

  /* Not a filing, a class the filing lacks, a dry run: exit 2 or 0, and
   * the database byte for byte as it was. */
  {
    /* Junk and hostile files: each refused in one line, exit 2. */
    static const struct
    {
      const char *text;
      const char *fragment;
    } hostile[] = {
      { "<html><body>Not XBRL</body></html>", "not an XBRL filing" },
      { "", "empty" },
      { "\x89PNG\r\n\x1a\n", "not well-formed" },
      { "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "entities" },
      { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"http://fasb.org/us-gaap/2023\">"
        "<context id=\"c\"><entity><identifier scheme=\"s\">1</identifier></entity><period>"
        "<instant>2023-12-31</instant></period></context><g:Assets contextRef=\"c\">1</g:Assets></xbrl>",
        "no risk/return summary" },
      { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:rr=\"http://xbrl.sec.gov/rr/2012\">"
        "<rr:ExpensesOverAssets contextRef=\"x\">0.01</rr:ExpensesOverAssets></xbrl>", "does not define" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
      {
        g_auto(Run) run = { 0 };

        g_assert_true (g_file_set_contents (junk, hostile[i].text, -1, NULL));
        run_prospect (&run, "--import-filing", junk, "--database", db, NULL);
        assert_failed (&run, 2, hostile[i].fragment);
      }
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--import-filing", delaware, "--classes", "NOSUCH", "--database", db, NULL);
    assert_failed (&run, 2, "no class “NOSUCH”");
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;
    JsonArray *classes;

    run_prospect (&run, "--import-filing", delaware, "--dry-run", "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "numeric_facts"), ==, 92);
    classes = json_object_get_array_member (
      json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "series"), 0),
      "classes");
    g_assert_cmpuint (json_array_get_length (classes), ==, 5);
    for (guint i = 0; i < 5; i++)
      g_assert_true (json_object_get_boolean_member (json_array_get_object_element (classes, i), "agrees"));
    g_assert_false (json_object_has_member (json_node_get_object (root), "imported"));
  }
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;
    JsonObject *imported;
    JsonArray *class_ids;

    run_prospect (&run, "--import-filing", delaware, "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    imported = json_object_get_object_member (json_node_get_object (root), "imported");
    g_assert_cmpint (json_object_get_int_member (imported, "classes_added"), ==, 5);
    class_ids = json_object_get_array_member (imported, "class_ids");
    for (guint i = 0; i < json_array_get_length (class_ids); i++)
      g_ptr_array_add (ids, g_strdup_printf ("%" G_GINT64_FORMAT, json_array_get_int_element (class_ids, i)));
  }
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonNode) root = NULL;
      JsonArray *rows;

      run_prospect (&run, "--expense-example", "--class", g_ptr_array_index (ids, i), "--json", "--database", db,
                    NULL);
      g_assert_cmpint (run.status, ==, 0);
      root = parse_json (run.out);
      rows = json_object_get_array_member (json_node_get_object (root), "rows");
      g_assert_cmpuint (json_array_get_length (rows), >=, 4);
      for (guint r = 0; r < json_array_get_length (rows); r++)
        g_assert_true (json_object_get_boolean_member (json_array_get_object_element (rows, r), "agrees"));
    }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--average-returns", "--class", g_ptr_array_index (ids, 0), "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"Russell 1000 Value Index\""));
    g_assert_nonnull (strstr (run.out, "Return after taxes on distributions"));
  }
}

/* Outputs are written whole or not at all: a full disk (a file size limit
 * here) fails the export and keeps the good file; a link is written
 * through; a pipe is refused; "-" is standard output. */
static void
test_output_files (void)
{
  g_autofree char *dir = g_build_filename (data_home, "outputs", NULL);
  g_autofree char *pdf = g_build_filename (dir, "growth.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "growth.png", NULL);
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  const char *good = "a good file that must survive";
  GStatBuf st;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  {
    g_auto(Run) run = { 0 };

    /* The default database made first, with room to make it. */
    run_prospect (&run, "--list-funds", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  for (guint i = 0; i < 2; i++)
    {
      const char *target = i == 0 ? png : handout;
      g_autofree char *after = NULL;
      g_auto(Run) run = { 0 };

      g_assert_true (g_file_set_contents (target, good, -1, NULL));
      /* Room for the database's shared-memory file (32 KiB), not for the
       * output: a 2400-pixel chart, a handout of several pages. */
      if (i == 0)
        run_prospect_limited (&run, 40000, "--export-chart", "growth", "--output", png, "--width", "2400", "--height",
                              "1600", NULL);
      else
        run_prospect_limited (&run, 40000, "--export-handout", handout, NULL);
      g_assert_cmpint (run.status, !=, 0);
      g_assert_nonnull (strstr (run.err, "Could not write"));
      g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, good);
    }
  {
    g_auto(Run) run = { 0 };

    /* The same exports with room to write succeed. */
    run_prospect (&run, "--export-chart", "growth", "--output", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  {
    g_auto(Run) run = { 0 };
    g_autofree char *written = NULL;

    run_prospect (&run, "--export-csv", "returns", "--output", link, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (real, &written, NULL, NULL));
    g_assert_true (g_str_has_prefix (written, "trust,fund,class,benchmark,year,return_pct"));
  }

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-csv", "returns", "--output", fifo, NULL);
    assert_failed (&run, 2, "not a regular file");
    g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *dash = g_build_filename (dir, "-", NULL);
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (dir), ==, 0);
    run_prospect (&run, "--export-csv", "returns", "--output", "-", NULL);
    g_assert_cmpint (g_chdir (cwd), ==, 0);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "trust,fund,class,benchmark,year,return_pct"));
    g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
  }
}

/* Messages say what happened, in words that fit it, with the exit status
 * the README gives. */
static void
test_messages (void)
{
  g_autofree char *empty_db = g_build_filename (data_home, "empty-funds.db", NULL);
  g_autofree char *handout = g_build_filename (data_home, "service.pdf", NULL);
  g_autofree char *csv = g_build_filename (data_home, "messages.csv", NULL);
  static const struct
  {
    const char *text;
    const char *fragment;
  } csv_cases[] = {
    { "fund,class,benchmark,year,return_pct,return_pct\n,,I,2001,1,2\n", "the column “return_pct” is given twice" },
    { "fund,class,benchmark,year,return_pct,colour\n,,I,2001,1,red\n", "there is no column “colour”" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,\"25,51\"\n", "“25,51” is ambiguous" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,oops\n", "1 row of 1 has a problem" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,\"1\n", "a quoted field is never closed" },
  };

  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--expense-example", "--amount", "0", NULL);
    assert_failed (&run, 2, "from $0.01 to");
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;
    JsonObject *row;

    /* $1,000,000,000,000 at 1% for a year costs exactly $10,200,000,000. */
    run_prospect (&run, "--expense-example", "--amount", "1000000000000", "--expense-ratio", "1", "--years", "1",
                  "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    row = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "rows"), 0);
    g_assert_cmpint (json_object_get_int_member (row, "cost"), ==, G_GINT64_CONSTANT (10200000000));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--expense-example", "--amount", "1000000000000", "--expense-ratio", "1", "--years", "1",
                  NULL);
    g_assert_true (g_str_has_prefix (run.out, "Expense example: $1,000,000,000,000 invested"));
  }
  {
    g_auto(Run) run = { 0 };

    /* Accepted, but not without a word. */
    run_prospect (&run, "--expense-example", "--expense-ratio", "1", "--net-expense-ratio", "1.2", "--waiver-years",
                  "1", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, "warning: the net expense ratio is above the gross one"));
  }
  {
    g_auto(Run) run = { 0 };

    /* What was read is what the header says: cents, the load, the waiver. */
    run_prospect (&run, "--expense-example", "--amount", "10,5", "--expense-ratio", "1", "--front-load", "5.75",
                  "--net-expense-ratio", "0.8", "--waiver-years", "1", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "Expense example: $10.50 invested, 5.00% a year, expense ratio 1.00%, "
                                              "front-end load 5.75%, 0.80% while the fee waiver lasts (1 year)\n"));
  }
  {
    g_auto(Run) run = { 0 };
    sqlite3 *raw = NULL;

    run_prospect (&run, "--list-funds", "--database", empty_db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpint (sqlite3_open (empty_db, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM fund", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--list-funds", "--database", empty_db, NULL);
    assert_failed (&run, 1, "holds no funds");
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-handout", handout, "--class", "2", NULL);
    assert_failed (&run, 1, "Service Shares has no figures for a handout");
    g_assert_false (g_file_test (handout, G_FILE_TEST_EXISTS));
  }
  for (guint i = 0; i < G_N_ELEMENTS (csv_cases); i++)
    {
      g_auto(Run) run = { 0 };

      g_assert_true (g_file_set_contents (csv, csv_cases[i].text, -1, NULL));
      run_prospect (&run, "--import", csv, "--kind", "returns", "--database", empty_db, NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, csv_cases[i].fragment) == NULL)
        g_error ("case %u: “%s” not in: %s", i, csv_cases[i].fragment, run.err);
      /* A problem names its line once. */
      g_assert_null (strstr (run.err, ".csv:2: Line "));
    }
}

/* Reading never changes the user's file; an empty file is never set up
 * anew; a failure names the user's file, never a temporary one. */
static void
test_reading_leaves_file (void)
{
  g_autofree char *db = g_build_filename (data_home, "rollback.db", NULL);
  g_autofree char *zero = g_build_filename (data_home, "zero.db", NULL);
  g_autofree char *fresh = g_build_filename (data_home, "fresh.db", NULL);
  g_autofree char *png = g_build_filename (data_home, "reading.png", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  sqlite3 *raw = NULL;
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--list-funds", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  /* A file its owner keeps in rollback-journal mode. */
  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));
  {
    g_autofree char *csv = g_build_filename (data_home, "reading.csv", NULL);
    g_auto(Run) a = { 0 };
    g_auto(Run) b = { 0 };
    g_auto(Run) c = { 0 };
    g_auto(Run) d = { 0 };

    run_prospect (&a, "--list-funds", "--database", db, NULL);
    run_prospect (&b, "--expense-example", "--database", db, NULL);
    run_prospect (&c, "--average-returns", "--json", "--database", db, NULL);
    run_prospect (&d, "--export-csv", "returns", "--output", csv, "--database", db, NULL);
    g_assert_cmpint (a.status + b.status + c.status + d.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-chart", "growth", "--output", png, "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  /* An empty file stays empty. */
  g_assert_true (g_file_set_contents (zero, "", 0, NULL));
  {
    g_auto(Run) run = { 0 };
    GStatBuf st;

    run_prospect (&run, "--list-funds", "--database", zero, NULL);
    assert_failed (&run, 1, "is empty, not a Prospect database");
    g_assert_cmpint (g_stat (zero, &st), ==, 0);
    g_assert_cmpint (st.st_size, ==, 0);
  }

  /* No room to create a database: the message names the file asked for. */
  {
    g_auto(Run) run = { 0 };

    run_prospect_limited (&run, 40000, "--list-funds", "--database", fresh, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "fresh.db"));
    g_assert_null (strstr (run.err, ".new-"));
    g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("prospect-cli-files-XXXXXX", NULL);

  g_test_add_func ("/prospect/cli/import-filing", test_import_filing);
  g_test_add_func ("/prospect/cli/output-files", test_output_files);
  g_test_add_func ("/prospect/cli/messages", test_messages);
  g_test_add_func ("/prospect/cli/reading-leaves-file", test_reading_leaves_file);

  status = g_test_run ();

  prospect_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
