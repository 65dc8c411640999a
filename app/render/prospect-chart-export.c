/* prospect-chart-export.c: a chart written to PNG, SVG or PDF, complete or not at
 * all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>

#include "prospect-chart-data.h"
#include "prospect-output.h"

#define MAX_EXPORT_SIZE 20000

/* ----- export ---------------------------------------------------------- */

static gboolean
write_error (GError     **error,
             const char  *path,
             const char  *reason)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, _("Could not write “%s”: %s."), shown, reason);
  return FALSE;
}

/* An output's failure as the chart error callers know, in its own words. */
gboolean
prospect_chart_write_failed (const GError  *output_error,
                             GError       **error)
{
  g_set_error_literal (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, output_error->message);
  return FALSE;
}

cairo_status_t
prospect_chart_export_write_cb (void                *closure,
                                const unsigned char *data,
                                unsigned int         length)
{
  return prospect_output_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * prospect_chart_export:
 *
 * Writes the chart to PATH as PNG, SVG or PDF, by PATH's extension.  The
 * file is written under a temporary name beside PATH and renamed when
 * complete, so a failure never leaves a partial file.
 */
gboolean
prospect_chart_export (const ProspectChartData  *data,
                       const char               *path,
                       int                       width,
                       int                       height,
                       const ProspectChartTheme *theme,
                       GError                  **error)
{
  g_autofree char *lower = NULL;
  g_autoptr(ProspectOutput) output = NULL;
  g_autoptr(GError) output_error = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;
  enum { PNG, SVG, PDF } format;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (theme != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    format = PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = PDF;
  else
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   _("“%s” must end in .png, .svg or .pdf."), shown);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > MAX_EXPORT_SIZE || height > MAX_EXPORT_SIZE)
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   _("Width and height must be from 1 to %d pixels."), MAX_EXPORT_SIZE);
      return FALSE;
    }
  /* Where to write is checked first: a bad path fails before any text is
   * laid out. */
  output = prospect_output_open (path, &output_error);
  if (output == NULL)
    return prospect_chart_write_failed (output_error, error);

  /* The required notes never drop out of an export: too short a chart is
   * made as tall as they need, with the notes under the plot. */
  if (!prospect_chart_notes_fit (data, width, height, theme))
    height = MIN ((int) ceil (prospect_chart_min_height (data, width, theme)), MAX_EXPORT_SIZE);

  /* Every byte goes through the output, whose writes are checked: Cairo's
   * own file writer does not report a disk that fills up. */
  switch (format)
    {
    case SVG:
      surface = cairo_svg_surface_create_for_stream (prospect_chart_export_write_cb, output, width, height);
      break;
    case PDF:
      surface = cairo_pdf_surface_create_for_stream (prospect_chart_export_write_cb, output, width, height);
      break;
    case PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    }
  cr = cairo_create (surface);
  prospect_chart_draw (cr, data, width, height, theme, -1, -1, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == PNG)
    status = cairo_surface_write_to_png_stream (surface, prospect_chart_export_write_cb, output);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    return write_error (error, path, cairo_status_to_string (status));
  /* A write error is the output's to name (the disk is full, say). */
  if (!prospect_output_commit (output, &output_error))
    return prospect_chart_write_failed (output_error, error);
  return TRUE;
}
