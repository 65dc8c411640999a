/* prospect-report-layout.c: pouring a report's blocks onto pages, drawing a page,
 * and writing the whole report as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "prospect-output.h"
#include "prospect-report-private.h"

/* ----- layout ----------------------------------------------------------- */

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* A table cell: a figure ("$10,200,000,000") is never broken across
 * lines; if it is too wide for its column at the table's size, it is set
 * smaller until it fits on one line. */
static PangoLayout *
make_cell_layout (cairo_t    *cr,
                  const char *text,
                  double      size,
                  gboolean    bold,
                  double      width)
{
  PangoLayout *layout = make_layout (cr, text, size, bold, width);

  if (text == NULL || strchr (text, ' ') != NULL)
    return layout;
  for (double smaller = size - 0.5; pango_layout_get_line_count (layout) > 1 && smaller >= 5; smaller -= 0.5)
    {
      g_object_unref (layout);
      layout = make_layout (cr, text, smaller, bold, width);
    }
  if (pango_layout_get_line_count (layout) > 1)
    pango_layout_set_width (layout, -1);
  return layout;
}

/* (transfer none) A layout of TEXT, made once for the cairo context the
 * report is laid out and drawn with: text is measured when pages are made
 * and drawn after, and shaping it twice was most of a plan chart's PDF.  A
 * layout belongs to the context it was made for (its font options and
 * transformation), so a new context starts afresh.  A CELL is a table
 * cell (make_cell_layout ()); a RIGHT one is aligned right. */
static PangoLayout *
report_layout (ProspectReport *report,
               cairo_t        *cr,
               const char     *text,
               double          size,
               gboolean        bold,
               double          width,
               gboolean        cell,
               gboolean        right)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (report->layouts_for != cr)
    {
      g_hash_table_remove_all (report->layouts);
      report->layouts_for = cr;
    }
  /* Sizes and widths to a thousandth of a point, as integers: formatting
   * doubles was a tenth of the time spent here. */
  key = g_strdup_printf ("%d%d%d\x1e%" G_GINT64_FORMAT "\x1e%" G_GINT64_FORMAT "\x1e%s", bold, cell, right,
                         (gint64) round (size * 1000), (gint64) round (width * 1000), text != NULL ? text : "");
  layout = g_hash_table_lookup (report->layouts, key);
  if (layout == NULL)
    {
      layout = cell ? make_cell_layout (cr, text, size, bold, width) : make_layout (cr, text, size, bold, width);
      if (right)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      g_hash_table_insert (report->layouts, g_steal_pointer (&key), layout);
    }
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
text_style (BlockKind  kind,
            double    *size,
            gboolean  *bold)
{
  *bold = kind == BLOCK_TITLE || kind == BLOCK_HEADING;
  switch (kind)
    {
    case BLOCK_TITLE:
      *size = 22;
      break;
    case BLOCK_HEADING:
      *size = 14;
      break;
    case BLOCK_NOTE:
      *size = 7.5;
      break;
    default:
      *size = 10;
      break;
    }
}

static double
column_width (guint  n_columns,
              guint  column,
              double width)
{
  /* A wide table gives its first column less, its figures more. */
  double first = n_columns <= 2 ? width * 0.6 : n_columns > 6 ? width * 0.22 : width * 0.36;

  if (n_columns <= 1)
    return width;
  return column == 0 ? first : (width - first) / (n_columns - 1);
}

/* A row's height is asked for when pages are made, and again when each
 * is drawn: laying out every cell of a 30-row table three times was most
 * of a plan chart's PDF.  Remembered by the row's text, kind and width. */
static double
row_height (ProspectReport *report,
            cairo_t        *cr,
            GStrv           cells,
            gboolean        header,
            double          width)
{
  g_autofree char *joined = g_strjoinv ("\x1f", cells);
  g_autofree char *key = g_strdup_printf ("%d\x1e%" G_GINT64_FORMAT "\x1e%s", header, (gint64) round (width * 1000),
                                          joined);
  double *known = g_hash_table_lookup (report->row_heights, key);
  guint n = g_strv_length (cells);
  double row_h = 0;

  if (known != NULL)
    return *known;
  for (guint c = 0; c < n; c++)
    row_h = MAX (row_h, layout_height (report_layout (report, cr, cells[c], 8.5, header, column_width (n, c, width) - 6, TRUE, c > 0)));
  row_h += 5;
  g_hash_table_insert (report->row_heights, g_steal_pointer (&key), g_memdup2 (&row_h, sizeof row_h));
  return row_h;
}

/* How many of the table's rows, its header first, fit in HEIGHT. */
static guint
rows_that_fit (ProspectReport *report,
               cairo_t   *cr,
               GPtrArray *rows,
               double     width,
               double     height)
{
  double used = 0;
  guint n = 0;

  while (n < rows->len)
    {
      used += row_height (report, cr, g_ptr_array_index (rows, n), n == 0, width);
      if (used > height)
        break;
      n++;
    }
  return n;
}

/* Draws the table when DRAW, and returns its height. */
static double
table_height (ProspectReport *report,
              cairo_t   *cr,
              GPtrArray *rows,
              double     x,
              double     y,
              double     width,
              gboolean   draw)
{
  double top = y;

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      guint n = g_strv_length (cells);
      double row_h = row_height (report, cr, cells, r == 0, width), cx = x;

      if (draw)
        {
          for (guint c = 0; c < n; c++)
            {
              PangoLayout *l = report_layout (report, cr, cells[c], 8.5, r == 0, column_width (n, c, width) - 6, TRUE, c > 0);

              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_move_to (cr, cx + (c > 0 ? 3 : 0), y + 2.5);
              pango_cairo_show_layout (cr, l);
              cx += column_width (n, c, width);
            }
          cairo_set_source_rgba (cr, 0, 0, 0, r == 0 ? 0.8 : 0.2);
          cairo_set_line_width (cr, r == 0 ? 0.8 : 0.4);
          cairo_move_to (cr, x, y + row_h);
          cairo_line_to (cr, x + width, y + row_h);
          cairo_stroke (cr);
        }
      y += row_h;
    }
  return y - top;
}

static double
block_height (ProspectReport *report,
              cairo_t        *cr,
              const Block    *block,
              double          width,
              double          content_height)
{
  switch (block->kind)
    {
    case BLOCK_CHART:
      {
        ProspectChartTheme theme;

        /* Tall enough for the chart's required notes, whatever else. */
        prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
        return MIN (MAX (MIN (width * 0.56, content_height * (block->share > 0 ? block->share : 0.48)),
                         prospect_chart_min_height (block->chart, width, &theme)), content_height);
      }
    case BLOCK_TABLE:
      return table_height (report, cr, block->rows, 0, 0, width, FALSE);
    default:
      {
        double size;
        gboolean bold;

        text_style (block->kind, &size, &bold);
        return layout_height (report_layout (report, cr, block->text, size, bold, width, FALSE, FALSE))
               + (block->kind == BLOCK_HEADING ? 4 : 0);
      }
    }
}

static double
footer_height (ProspectReport *report,
               cairo_t        *cr,
               double          width)
{
  return layout_height (report_layout (report, cr, report->footer, 7, FALSE, width, FALSE, FALSE)) + 14;
}

/**
 * prospect_report_paginate:
 *
 * Lays the report out on pages of WIDTH × HEIGHT points.
 *
 * Returns: the number of pages
 */
guint
prospect_report_paginate (ProspectReport *report,
                          cairo_t        *cr,
                          double          width,
                          double          height)
{
  double content_w = width - 2 * MARGIN;
  double bottom, y;
  guint first = 0;

  g_return_val_if_fail (report != NULL, 0);

  /* A new cairo context can reuse a freed one's address. */
  g_hash_table_remove_all (report->layouts);
  report->layouts_for = cr;
  g_array_set_size (report->page_starts, 0);
  g_array_append_val (report->page_starts, first);
  report->laid_width = width;
  report->laid_height = height;
  bottom = height - MARGIN - footer_height (report, cr, content_w);
  y = MARGIN;
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (report->blocks, i);
      double h;

      h = block_height (report, cr, block, content_w, bottom - MARGIN);
      /* A table longer than the room left goes on over the next pages, its
       * header repeated on each. */
      if (block->kind == BLOCK_TABLE && y + h > bottom && block->rows->len > 2)
        {
          guint fit = rows_that_fit (report, cr, block->rows, content_w, bottom - y);

          if (fit < 2 && y > MARGIN)
            {
              g_array_append_val (report->page_starts, i);
              y = MARGIN;
              fit = rows_that_fit (report, cr, block->rows, content_w, bottom - MARGIN);
            }
          if (fit >= 2 && fit < block->rows->len)
            {
              Block *rest = g_new0 (Block, 1);

              rest->kind = BLOCK_TABLE;
              rest->drop_rank = block->drop_rank;
              rest->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
              g_ptr_array_add (rest->rows, g_strdupv (g_ptr_array_index (block->rows, 0)));
              for (guint r = fit; r < block->rows->len; r++)
                g_ptr_array_add (rest->rows, g_strdupv (g_ptr_array_index (block->rows, r)));
              g_ptr_array_set_size (((Block *) block)->rows, fit);
              g_ptr_array_insert (report->blocks, (int) i + 1, rest);
              h = block_height (report, cr, block, content_w, bottom - MARGIN);
            }
        }
      /* A heading stays with what follows it: all of it, or a table's
       * header and first row (the table goes on over the next page). */
      if (block->kind == BLOCK_HEADING && i + 1 < report->blocks->len)
        {
          const Block *next = g_ptr_array_index (report->blocks, i + 1);

          if (next->kind == BLOCK_TABLE && next->rows->len > 2)
            h += row_height (report, cr, g_ptr_array_index (next->rows, 0), TRUE, content_w) +
                 row_height (report, cr, g_ptr_array_index (next->rows, 1), FALSE, content_w);
          else
            h += block_height (report, cr, next, content_w, bottom - MARGIN);
        }
      if (y + h > bottom && y > MARGIN)
        {
          g_array_append_val (report->page_starts, i);
          y = MARGIN;
        }
      y += block_height (report, cr, block, content_w, bottom - MARGIN) + GAP;
    }
  return report->page_starts->len;
}

void
prospect_report_draw_page (ProspectReport *report,
                           cairo_t        *cr,
                           double          width,
                           double          height,
                           guint           page)
{
  double content_w = width - 2 * MARGIN;
  double bottom, y = MARGIN;
  guint first, last;
  ProspectChartTheme theme;

  g_return_if_fail (report != NULL);

  if (report->page_starts->len == 0 || report->laid_width != width || report->laid_height != height)
    prospect_report_paginate (report, cr, width, height);
  if (page >= report->page_starts->len)
    return;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  theme.background.a = 0;
  bottom = height - MARGIN - footer_height (report, cr, content_w);
  first = g_array_index (report->page_starts, guint, page);
  last = page + 1 < report->page_starts->len ? g_array_index (report->page_starts, guint, page + 1)
                                              : report->blocks->len;

  for (guint i = first; i < last; i++)
    {
      const Block *block = g_ptr_array_index (report->blocks, i);
      double h = block_height (report, cr, block, content_w, bottom - MARGIN);

      switch (block->kind)
        {
        case BLOCK_CHART:
          cairo_save (cr);
          cairo_translate (cr, MARGIN, y);
          prospect_chart_draw (cr, block->chart, content_w, h, &theme, -1, -1, NULL);
          cairo_restore (cr);
          break;
        case BLOCK_TABLE:
          table_height (report, cr, block->rows, MARGIN, y, content_w, TRUE);
          break;
        default:
          {
            double size;
            gboolean bold;
            PangoLayout *l;

            text_style (block->kind, &size, &bold);
            l = report_layout (report, cr, block->text, size, bold, content_w, FALSE, FALSE);
            cairo_set_source_rgba (cr, 0, 0, 0, block->kind == BLOCK_NOTE ? 0.75 : 1);
            cairo_move_to (cr, MARGIN, y + (block->kind == BLOCK_HEADING ? 4 : 0));
            pango_cairo_show_layout (cr, l);
          }
          break;
        }
      y += h + GAP;
    }

  {
    PangoLayout *footer = report_layout (report, cr, report->footer, 7, FALSE, content_w, FALSE, FALSE);
    g_autofree char *number = g_strdup_printf ("Page %u of %u · Prepared %s with Prospect", page + 1,
                                               report->page_starts->len, report->prepared);
    g_autoptr(PangoLayout) page_line = make_layout (cr, number, 7, FALSE, content_w);

    cairo_set_source_rgba (cr, 0, 0, 0, 0.4);
    cairo_set_line_width (cr, 0.5);
    cairo_move_to (cr, MARGIN, bottom + 4);
    cairo_line_to (cr, MARGIN + content_w, bottom + 4);
    cairo_stroke (cr);
    cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
    cairo_move_to (cr, MARGIN, bottom + 8);
    pango_cairo_show_layout (cr, footer);
    cairo_move_to (cr, MARGIN, height - MARGIN + 4);
    pango_cairo_show_layout (cr, page_line);
  }
}

/**
 * prospect_report_export_pdf:
 *
 * Writes the report as a PDF, under a temporary name beside PATH that is
 * renamed when complete: a failure never leaves a half-written file.
 */
gboolean
prospect_report_export_pdf (ProspectReport  *report,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(ProspectOutput) output = NULL;
  g_autoptr(GError) output_error = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *shown = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;
  double page_width, page_height;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  page_width = report->page_width > 0 ? report->page_width : PAGE_WIDTH;
  page_height = report->page_height > 0 ? report->page_height : PAGE_HEIGHT;

  shown = g_filename_display_name (path);
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID, _("“%s” must end in .pdf."), shown);
      return FALSE;
    }
  output = prospect_output_open (path, &output_error);
  if (output == NULL)
    return prospect_chart_write_failed (output_error, error);

  /* Through the output, whose writes are checked: Cairo's own file writer
   * does not report a disk that fills up. */
  surface = cairo_pdf_surface_create_for_stream (prospect_chart_export_write_cb, output, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  report->title != NULL ? report->title : "Prospect handout");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Prospect " PACKAGE_VERSION);
  cr = cairo_create (surface);
  n_pages = prospect_report_paginate (report, cr, page_width, page_height);
  for (guint page = 0; page < n_pages; page++)
    {
      prospect_report_draw_page (report, cr, page_width, page_height, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, _("Could not write “%s”: %s."), shown,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!prospect_output_commit (output, &output_error))
    return prospect_chart_write_failed (output_error, error);
  return TRUE;
}

/* Drops blocks, highest drop rank first (a rank's blocks together), until
 * the report is one page.  Returns the pages left: more than one only when
 * nothing droppable remains. */
guint
_prospect_report_fit_one_page (ProspectReport *report)
{
  double width = report->page_width > 0 ? report->page_width : PAGE_WIDTH;
  double height = report->page_height > 0 ? report->page_height : PAGE_HEIGHT;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  cairo_t *cr = cairo_create (surface);
  guint pages;

  while ((pages = prospect_report_paginate (report, cr, width, height)) > 1)
    {
      int rank = 0;

      for (guint i = 0; i < report->blocks->len; i++)
        rank = MAX (rank, ((Block *) g_ptr_array_index (report->blocks, i))->drop_rank);
      if (rank == 0)
        break;
      for (guint i = report->blocks->len; i > 0; i--)
        if (((Block *) g_ptr_array_index (report->blocks, i - 1))->drop_rank == rank)
          g_ptr_array_remove_index (report->blocks, i - 1);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}
