/* prospect-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "prospect-chart-data.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_CHART_VIEW (prospect_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (ProspectChartView, prospect_chart_view, PROSPECT, CHART_VIEW, GtkWidget)

GtkWidget         *prospect_chart_view_new            (void);
ProspectChartData *prospect_chart_view_get_data       (ProspectChartView *self);
void               prospect_chart_view_set_data       (ProspectChartView *self,
                                                       ProspectChartData *data);
double             prospect_chart_view_get_font_scale (ProspectChartView *self);
void               prospect_chart_view_set_font_scale (ProspectChartView *self,
                                                       double             scale);
int                prospect_chart_view_get_focus_item (ProspectChartView *self);
char              *prospect_chart_view_dup_focus_text (ProspectChartView *self);
gboolean           prospect_chart_view_move_focus     (ProspectChartView *self,
                                                       int                delta);
GdkTexture        *prospect_chart_view_render_texture (ProspectChartView *self,
                                                       int                width,
                                                       int                height);

G_END_DECLS
