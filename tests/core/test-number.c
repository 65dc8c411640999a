/* test-number.c: numbers as users type them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-format.h"
#include "prospect-number.h"

static void
test_parse_good (void)
{
  static const struct
  {
    const char *text;
    char        decimal_point;
    double      value;
  } cases[] = {
    { "10000", '.', 10000 },
    { "10,000", '.', 10000 },
    { "$10,000", '.', 10000 },
    { "$10,000.50", '.', 10000.5 },
    { "1,234,567.89", '.', 1234567.89 },
    { "0.66%", '.', 0.66 },
    { "0.66 %", '.', 0.66 },
    { ".5", '.', 0.5 },
    { "5.", '.', 5 },
    { "-2.27", '.', -2.27 },
    { "−2.27%", '.', -2.27 },
    { "(2.27%)", '.', -2.27 },
    { "-$5", '.', -5 },
    { "$-5", '.', -5 },
    { "+3", '.', 3 },
    { "  42  ", '.', 42 },
    { "10 000", '.', 10000 },
    { "10\u00a0000,5", ',', 10000.5 },
    /* The other convention's decimal mark, where it cannot be grouping. */
    { "0,66", '.', 0.66 },
    { "1,5", '.', 1.5 },
    /* A comma locale. */
    { "0,66", ',', 0.66 },
    { "10.000", ',', 10000 },
    { "10.000,50", ',', 10000.5 },
    { "0.66", ',', 0.66 },
    { "1000000000000", '.', 1e12 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = NAN;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (prospect_parse_number (cases[i].text, cases[i].decimal_point, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, cases[i].value, 1e-9);
    }
}

static void
test_parse_bad (void)
{
  static const struct
  {
    const char *text;
    int         code;
  } cases[] = {
    { "", PROSPECT_INPUT_ERROR_EMPTY },
    { "   ", PROSPECT_INPUT_ERROR_EMPTY },
    { NULL, PROSPECT_INPUT_ERROR_EMPTY },
    { "abc", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "nan", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "NaN", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "inf", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "-infinity", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "1e400", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "0x10", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "1.2.3", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "1,23,4", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "12,34.5", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "--5", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "(-5)", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "5-", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "%", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "$", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { ".", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { ",", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "1;DROP TABLE fund", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "\xff\xfe", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "١٢٣", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
    { "99999999999999999999999999999999999999999999999999999999999999999999", PROSPECT_INPUT_ERROR_NOT_A_NUMBER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      /* Escaped: some cases are not UTF-8, and the TAP log must stay readable. */
      g_autofree char *shown = cases[i].text ? g_strescape (cases[i].text, NULL) : g_strdup ("(null)");
      double value = 123;

      g_test_message ("parsing “%s”", shown);
      g_assert_false (prospect_parse_number (cases[i].text, '.', &value, &error));
      g_assert_error (error, PROSPECT_INPUT_ERROR, cases[i].code);
      g_assert_cmpfloat (value, ==, 123);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
test_huge_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (1 << 20, '9');
  double value = 0;

  g_assert_false (prospect_parse_number (huge, '.', &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER);
  /* The message quotes a short piece, not a megabyte. */
  g_assert_cmpuint (strlen (error->message), <, 80);
}

static void
test_field (void)
{
  static const ProspectFieldSpec ratio = { "Expense ratio", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE };
  static const ProspectFieldSpec amount = { "Amount", PROSPECT_UNIT_DOLLARS, 0, 1e12, TRUE, FALSE };
  static const ProspectFieldSpec years = { "Years", PROSPECT_UNIT_YEARS, 1, 50, FALSE, TRUE };
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_true (prospect_parse_field ("0.66%", &ratio, &value, &error));
  g_assert_cmpfloat (value, ==, 0.66);

  g_assert_false (prospect_parse_field ("101", &ratio, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Expense ratio must be from 0% to 100%.");
  g_clear_error (&error);

  g_assert_false (prospect_parse_field ("", &amount, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "Amount is empty: enter a number more than $0 and at most $1,000,000,000,000.");
  g_clear_error (&error);

  g_assert_false (prospect_parse_field ("0", &amount, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_false (prospect_parse_field ("$2,000,000,000,000", &amount, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  g_assert_false (prospect_parse_field ("2.5", &years, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==, "Years must be a whole number from 1 to 50 years.");
  g_clear_error (&error);

  g_assert_false (prospect_parse_field ("ten", &years, &value, &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER);
  g_assert_true (g_str_has_prefix (error->message, "Years: “ten” is not a number."));
}

static void
test_format (void)
{
  static const struct
  {
    double                value;
    int                   decimals;
    ProspectNegativeStyle style;
    const char           *percent;
    const char           *money;
  } cases[] = {
    { -2.27, 2, PROSPECT_NEGATIVE_PARENTHESES, "(2.27%)", "$(2.27)" },
    { 18.73, 2, PROSPECT_NEGATIVE_PARENTHESES, "18.73%", "$18.73" },
    { -0.004, 2, PROSPECT_NEGATIVE_PARENTHESES, "0.00%", "$0.00" },
    { 3352381, 0, PROSPECT_NEGATIVE_MINUS, "3,352,381%", "$3,352,381" },
    { -1234.5, 0, PROSPECT_NEGATIVE_MINUS, "−1,235%", "−$1,235" },
    { 822.4787, 0, PROSPECT_NEGATIVE_MINUS, "822%", "$822" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *percent = prospect_format_percent (cases[i].value, cases[i].decimals, cases[i].style);
      g_autofree char *money = prospect_format_money (cases[i].value, cases[i].decimals, cases[i].style);

      g_assert_cmpstr (percent, ==, cases[i].percent);
      g_assert_cmpstr (money, ==, cases[i].money);
    }
  {
    g_autofree char *date = prospect_format_date ("1993-09-13");
    g_autofree char *bad = prospect_format_date ("not a date");
    g_autofree char *nan = prospect_format_percent (NAN, 2, PROSPECT_NEGATIVE_MINUS);

    g_assert_cmpstr (date, ==, "September 13, 1993");
    g_assert_cmpstr (bad, ==, "not a date");
    g_assert_cmpstr (nan, ==, "—");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/number/parse-good", test_parse_good);
  g_test_add_func ("/prospect/number/parse-bad", test_parse_bad);
  g_test_add_func ("/prospect/number/huge-input", test_huge_input);
  g_test_add_func ("/prospect/number/field", test_field);
  g_test_add_func ("/prospect/number/format", test_format);

  return g_test_run ();
}
