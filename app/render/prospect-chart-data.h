/* prospect-chart-data.h: presentation charts drawn with Cairo and Pango, for the
 * screen, print and export alike.  No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define PROSPECT_CHART_ERROR (prospect_chart_error_quark ())

typedef enum
{
  PROSPECT_CHART_ERROR_INVALID,
  PROSPECT_CHART_ERROR_WRITE,
} ProspectChartError;

typedef enum
{
  PROSPECT_CHART_BARS,        /* grouped bars for each category */
  PROSPECT_CHART_STACKED,     /* stacked bars for each category */
  PROSPECT_CHART_LINES,       /* a line for each series across the categories */
  PROSPECT_CHART_SPARKLINE,   /* one small line, no text */
  PROSPECT_CHART_SCATTER,     /* a point for each category, at (x, value) */
} ProspectChartKind;

typedef enum
{
  PROSPECT_VALUE_PERCENT,
  PROSPECT_VALUE_DOLLARS,
  PROSPECT_VALUE_POINTS,    /* a difference of percentages: +5.70, −6.78 */
} ProspectValueFormat;

typedef struct
{
  char      *name;
  GArray    *values;    /* double, one a category; NAN where there is none */
  GPtrArray *sources;   /* char *, one a category, where each figure comes from */
  GArray    *x_values;  /* double, one a category, for SCATTER; NAN where there is none */
} ProspectChartSeries;

typedef struct _ProspectChartData ProspectChartData;

struct _ProspectChartData
{
  ProspectChartKind    kind;
  ProspectValueFormat  format;
  int                  decimals;
  gboolean             log_scale;
  gboolean             value_labels;
  char                *title;
  char                *subtitle;
  GPtrArray           *categories;  /* char * */
  GPtrArray           *series;      /* ProspectChartSeries * */
  GPtrArray           *notes;       /* char *: footnotes and required legends */
  int                  versus_series; /* the fund the others are measured against; −1: none */
  ProspectValueFormat  x_format;    /* SCATTER: how the across axis is written */
  char                *x_title;     /* SCATTER: what the across axis measures */
  char                *y_title;     /* SCATTER: what the up axis measures */
};

typedef struct
{
  double r, g, b, a;
} ProspectColor;

typedef enum
{
  PROSPECT_CHART_THEME_LIGHT,
  PROSPECT_CHART_THEME_DARK,
  PROSPECT_CHART_THEME_HIGH_CONTRAST,
  PROSPECT_CHART_THEME_PRINT,
} ProspectChartThemeKind;

#define PROSPECT_CHART_N_COLORS 7

typedef struct
{
  ProspectColor background;      /* alpha 0: leave the surface as it is */
  ProspectColor foreground;
  ProspectColor grid;
  ProspectColor series[PROSPECT_CHART_N_COLORS];
  ProspectColor focus;
  char          font_family[64];
  double        font_scale;      /* 1 on a desk, larger on a projector */
  gboolean      draw_text;       /* FALSE for pixel comparisons */
  gboolean      patterns;        /* hatching and dashes that survive greyscale print */
} ProspectChartTheme;

/* How an item is outlined when it has the pointer or the keyboard focus. */
typedef enum
{
  PROSPECT_CHART_OUTLINE_NONE,
  PROSPECT_CHART_OUTLINE_BOX,    /* a bar: the rectangle outline_x, _y, _width, _height */
  PROSPECT_CHART_OUTLINE_RING,   /* a point: a circle at outline_x, _y of radius outline_width */
} ProspectChartOutline;

typedef struct
{
  int                  series;
  int                  category;
  double               x, y, width, height;    /* what the pointer can hit */
  ProspectChartOutline outline;
  double               outline_x, outline_y, outline_width, outline_height;
  double               line_width;
} ProspectChartItem;

/* What was left out to fit, in the order it is left out. */
typedef enum
{
  PROSPECT_CHART_DROPPED_VALUE_LABELS    = 1 << 0,
  PROSPECT_CHART_DROPPED_SOME_CATEGORIES = 1 << 1,
  PROSPECT_CHART_DROPPED_NOTES           = 1 << 2,
  PROSPECT_CHART_DROPPED_SUBTITLE        = 1 << 3,
  PROSPECT_CHART_DROPPED_LEGEND          = 1 << 4,
  PROSPECT_CHART_DROPPED_TITLE           = 1 << 5,
  PROSPECT_CHART_DROPPED_AXIS            = 1 << 6,
} ProspectChartDropped;

typedef struct
{
  GArray *items;                 /* ProspectChartItem, in reading order */
  GArray *text_boxes;            /* cairo_rectangle_t of every text drawn */
  double  plot_x, plot_y, plot_width, plot_height;
  guint   dropped;               /* ProspectChartDropped */
} ProspectChartLayout;

#define PROSPECT_TYPE_CHART_DATA (prospect_chart_data_get_type ())

GType               prospect_chart_data_get_type     (void) G_GNUC_CONST;
GQuark              prospect_chart_error_quark       (void);

ProspectChartData  *prospect_chart_data_new          (ProspectChartKind          kind,
                                                      ProspectValueFormat        format,
                                                      const char                *title);
ProspectChartData  *prospect_chart_data_ref          (ProspectChartData         *data);
void                prospect_chart_data_unref        (ProspectChartData         *data);
void                prospect_chart_data_add_category (ProspectChartData         *data,
                                                      const char                *label);
ProspectChartSeries *prospect_chart_data_add_series  (ProspectChartData         *data,
                                                      const char                *name);
void                prospect_chart_series_set        (ProspectChartSeries       *series,
                                                      guint                      category,
                                                      double                     value,
                                                      const char                *source);
void                prospect_chart_series_set_x      (ProspectChartSeries       *series,
                                                      guint                      category,
                                                      double                     x);
void                prospect_chart_data_add_note     (ProspectChartData         *data,
                                                      const char                *note);
gboolean            prospect_chart_data_is_empty     (const ProspectChartData   *data);
double              prospect_chart_data_get_value    (const ProspectChartData   *data,
                                                      guint                      series,
                                                      guint                      category);
char               *prospect_chart_format_value      (const ProspectChartData   *data,
                                                      double                     value);
char               *prospect_chart_describe          (const ProspectChartData   *data);
char               *prospect_chart_item_text         (const ProspectChartData   *data,
                                                      guint                      series,
                                                      guint                      category);

void                prospect_chart_theme_init        (ProspectChartTheme        *theme,
                                                      ProspectChartThemeKind     kind);
gboolean            prospect_chart_theme_kind_from_string (const char            *text,
                                                      ProspectChartThemeKind    *kind);

gboolean            prospect_chart_nice_ticks        (double                     min,
                                                      double                     max,
                                                      int                        max_ticks,
                                                      double                    *first,
                                                      double                    *step,
                                                      int                       *count);

void                prospect_chart_layout_clear      (ProspectChartLayout       *layout);
void                prospect_chart_draw              (cairo_t                   *cr,
                                                      const ProspectChartData   *data,
                                                      double                     width,
                                                      double                     height,
                                                      const ProspectChartTheme  *theme,
                                                      int                        focus_series,
                                                      int                        focus_category,
                                                      ProspectChartLayout       *layout);
int                 prospect_chart_layout_hit        (const ProspectChartLayout *layout,
                                                      double                     x,
                                                      double                     y);
void                prospect_chart_item_draw_outline (cairo_t                   *cr,
                                                      const ProspectChartItem   *item,
                                                      const ProspectChartTheme  *theme);

gboolean            prospect_chart_notes_fit         (const ProspectChartData   *data,
                                                      double                     width,
                                                      double                     height,
                                                      const ProspectChartTheme  *theme);
double              prospect_chart_min_height        (const ProspectChartData   *data,
                                                      double                     width,
                                                      const ProspectChartTheme  *theme);
double              prospect_chart_min_height_from   (const ProspectChartData   *data,
                                                      double                     width,
                                                      double                     from,
                                                      const ProspectChartTheme  *theme);
gboolean            prospect_chart_write_failed      (const GError              *output_error,
                                                      GError                   **error);
/* Cairo's stream writer for a ProspectOutput (closure). */
cairo_status_t      prospect_chart_export_write_cb   (void                      *closure,
                                                      const unsigned char       *data,
                                                      unsigned int               length);
gboolean            prospect_chart_export            (const ProspectChartData   *data,
                                                      const char                *path,
                                                      int                        width,
                                                      int                        height,
                                                      const ProspectChartTheme  *theme,
                                                      GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectChartData, prospect_chart_data_unref)

G_END_DECLS
