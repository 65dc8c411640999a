/* prospect-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-records.h"

void
prospect_source_clear (ProspectSource *source)
{
  g_clear_pointer (&source->document, g_free);
  g_clear_pointer (&source->section, g_free);
  g_clear_pointer (&source->as_of, g_free);
}

void
prospect_class_info_free (ProspectClassInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->trust);
  g_free (info->fund_name);
  g_free (info->name);
  g_free (info->inception_date);
  g_free (info->note);
  g_free (info);
}

void
prospect_fund_info_free (ProspectFundInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->trust);
  g_free (info->name);
  g_free (info->adviser);
  g_free (info->adviser_address);
  g_free (info->portfolio_manager);
  g_free (info->manager_since);
  g_free (info->objective);
  prospect_source_clear (&info->source);
  g_free (info);
}

void
prospect_text_block_free (ProspectTextBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->heading);
  g_free (block->body);
  g_free (block->section);
  g_free (block);
}

void
prospect_policy_limit_free (ProspectPolicyLimit *limit)
{
  if (limit == NULL)
    return;
  g_free (limit->label);
  g_free (limit->basis);
  g_free (limit->wording);
  prospect_source_clear (&limit->source);
  g_free (limit);
}

void
prospect_stated_return_free (ProspectStatedReturn *stated)
{
  if (stated == NULL)
    return;
  g_free (stated->series_name);
  g_free (stated->footnote);
  g_free (stated->start_date);
  g_free (stated->end_date);
  prospect_source_clear (&stated->source);
  g_free (stated);
}

void
prospect_fee_table_free (ProspectFeeTable *fees)
{
  if (fees == NULL)
    return;
  g_clear_pointer (&fees->deferred_schedule, g_array_unref);
  g_free (fees->footnote);
  prospect_source_clear (&fees->source);
  g_free (fees);
}

void
prospect_footnote_free (ProspectFootnote *footnote)
{
  if (footnote == NULL)
    return;
  g_free (footnote->mark);
  g_free (footnote->text);
  g_free (footnote);
}

void
prospect_highlight_line_free (ProspectHighlightLine *line)
{
  if (line == NULL)
    return;
  g_free (line->label);
  g_free (line->kind);
  g_free (line->group_label);
  g_free (line->marks);
  g_free (line);
}

void
prospect_highlights_free (ProspectHighlights *highlights)
{
  if (highlights == NULL)
    return;
  if (highlights->value_marks != NULL)
    {
      guint n = highlights->years->len * highlights->lines->len;

      for (guint i = 0; i < n; i++)
        g_free (highlights->value_marks[i]);
      g_free (highlights->value_marks);
    }
  g_free (highlights->values);
  g_clear_pointer (&highlights->years, g_array_unref);
  g_clear_pointer (&highlights->lines, g_ptr_array_unref);
  g_clear_pointer (&highlights->footnotes, g_ptr_array_unref);
  g_clear_pointer (&highlights->before_waiver, g_array_unref);
  prospect_source_clear (&highlights->source);
  g_free (highlights);
}

int
prospect_highlights_line_index (const ProspectHighlights *highlights,
                                int                       line)
{
  g_return_val_if_fail (highlights != NULL, -1);

  for (guint i = 0; i < highlights->lines->len; i++)
    {
      const ProspectHighlightLine *l = g_ptr_array_index (highlights->lines, i);

      if (l->line == line)
        return (int) i;
    }
  return -1;
}

/* Returns NAN for a dash, a missing year or a missing line. */
double
prospect_highlights_get (const ProspectHighlights *highlights,
                         int                       year,
                         int                       line)
{
  int line_index;

  g_return_val_if_fail (highlights != NULL, NAN);

  line_index = prospect_highlights_line_index (highlights, line);
  if (line_index < 0)
    return NAN;

  for (guint y = 0; y < highlights->years->len; y++)
    if (g_array_index (highlights->years, int, y) == year)
      return highlights->values[y * highlights->lines->len + (guint) line_index];

  return NAN;
}

static const char * const period_names[] = { "1y", "5y", "10y", "inception" };
static const char * const period_labels[] = { "1 year", "5 years", "10 years", "Since inception" };

const char *
prospect_period_to_string (ProspectPeriod period)
{
  g_return_val_if_fail (period <= PROSPECT_PERIOD_INCEPTION, NULL);
  return period_names[period];
}

const char *
prospect_period_label (ProspectPeriod period)
{
  g_return_val_if_fail (period <= PROSPECT_PERIOD_INCEPTION, NULL);
  return period_labels[period];
}

gboolean
prospect_period_from_string (const char     *text,
                             ProspectPeriod *period)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_names); i++)
    if (g_strcmp0 (text, period_names[i]) == 0)
      {
        *period = (ProspectPeriod) i;
        return TRUE;
      }
  return FALSE;
}
