/* prospect-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-ui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-ui-util.h"

void
prospect_ui_clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* A wrapping label for a table built in a GtkGrid. */
GtkWidget *
prospect_ui_cell (const char *text,
                  const char *css_class,
                  float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

#define CELL_STYLE "prospect-cell-style"

static gpointer
grid_key (int column,
          int row)
{
  return GUINT_TO_POINTER (((guint) row << 12) | ((guint) column & 0xfff));
}

/* The cells are found through an index made once a pass:
 * gtk_grid_get_child_at () looks at every child, which for Compare's
 * fifty years of six scenarios made each keystroke look at some 80,000. */
void
prospect_ui_grid_begin (ProspectGridUpdate *update,
                        GtkGrid            *grid)
{
  update->grid = grid;
  update->kept = g_hash_table_new (NULL, NULL);
  update->at = g_hash_table_new (NULL, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int column, row;

      gtk_grid_query_child (grid, child, &column, &row, NULL, NULL);
      g_hash_table_insert (update->at, grid_key (column, row), child);
    }
}

/* The label at COLUMN, ROW spanning WIDTH columns, with TEXT and at most
 * one style class: the one already there when the shape is the same,
 * otherwise a new one.  (transfer none) */
GtkWidget *
prospect_ui_grid_set (ProspectGridUpdate *update,
                      int                 column,
                      int                 row,
                      int                 width,
                      const char         *text,
                      const char         *css_class,
                      float               xalign)
{
  GtkWidget *cell = g_hash_table_lookup (update->at, grid_key (column, row));
  int at_column = -1, at_row = -1, at_width = 0, at_height = 0;
  const char *old_class;

  if (cell != NULL)
    gtk_grid_query_child (update->grid, cell, &at_column, &at_row, &at_width, &at_height);
  if (cell != NULL && (!GTK_IS_LABEL (cell) || at_column != column || at_row != row || at_width != width ||
                       at_height != 1 || g_hash_table_contains (update->kept, cell)))
    {
      if (!g_hash_table_contains (update->kept, cell))
        gtk_grid_remove (update->grid, cell);
      cell = NULL;
    }
  if (cell == NULL)
    {
      cell = prospect_ui_cell (text, NULL, xalign);
      gtk_grid_attach (update->grid, cell, column, row, width, 1);
      g_hash_table_insert (update->at, grid_key (column, row), cell);
    }
  else
    {
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (cell)), text) != 0)
        gtk_label_set_text (GTK_LABEL (cell), text);
      gtk_label_set_xalign (GTK_LABEL (cell), xalign);
    }
  old_class = g_object_get_data (G_OBJECT (cell), CELL_STYLE);
  if (g_strcmp0 (old_class, css_class) != 0)
    {
      if (old_class != NULL)
        gtk_widget_remove_css_class (cell, old_class);
      if (css_class != NULL)
        gtk_widget_add_css_class (cell, css_class);
      g_object_set_data_full (G_OBJECT (cell), CELL_STYLE, g_strdup (css_class), g_free);
    }
  if (gtk_widget_get_has_tooltip (cell))
    {
      gtk_widget_set_tooltip_text (cell, NULL);
      g_object_set_data (G_OBJECT (cell), "prospect-tooltip", NULL);
    }
  g_hash_table_add (update->kept, cell);
  return cell;
}

/* Removes the cells this pass did not set. */
void
prospect_ui_grid_end (ProspectGridUpdate *update)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (update->grid));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (!g_hash_table_contains (update->kept, child))
        gtk_grid_remove (update->grid, child);
      child = next;
    }
  g_clear_pointer (&update->kept, g_hash_table_unref);
  g_clear_pointer (&update->at, g_hash_table_unref);
}

/* The local path of the file the user accepted in CHOOSER: NULL when they
 * cancelled (ERROR unset) or chose a file that is not on this computer,
 * such as a network location the file chooser offers (ERROR says so). */
char *
prospect_ui_chooser_path (GtkFileChooserNative *chooser,
                          int                   response,
                          GError              **error)
{
  g_autoptr(GFile) file = NULL;
  char *path;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Prospect reads and writes files on this computer only; choose a local file."));
  return path;
}

/* The file's name as a notification shows it: "h.pdf", readable whatever
 * the file system's encoding. */
char *
prospect_ui_file_name (const char *path)
{
  g_autofree char *basename = g_path_get_basename (path);

  return g_filename_display_name (basename);
}

/* Shows TOAST in the window's overlay; takes ownership of a floating toast. */
static void
toast_button_clicked_cb (AdwToast  *toast,
                         GtkWidget *widget)
{
  const char *action = g_object_get_data (G_OBJECT (toast), "prospect-action");

  gtk_widget_activate_action_variant (widget, action, g_object_get_data (G_OBJECT (toast), "prospect-target"));
}

void
prospect_ui_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  /* The toast's button lives in the overlay, where a page's own actions
   * ("data.undo") cannot be found: the click is sent to the page instead. */
  if (adw_toast_get_action_name (toast) != NULL)
    {
      GVariant *target = adw_toast_get_action_target_value (toast);

      g_object_set_data_full (G_OBJECT (toast), "prospect-action", g_strdup (adw_toast_get_action_name (toast)),
                              g_free);
      if (target != NULL)
        g_object_set_data_full (G_OBJECT (toast), "prospect-target", g_variant_ref (target),
                                (GDestroyNotify) g_variant_unref);
      adw_toast_set_action_name (toast, NULL);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_button_clicked_cb), widget, 0);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Marks ENTRY in ROW with MESSAGE, or clears the mark (showing HINT again)
 * when MESSAGE is NULL.  The message is the row's subtitle and the entry's
 * accessible description. */
void
prospect_ui_mark_entry (AdwActionRow *row,
                        GtkWidget    *entry,
                        const char   *message,
                        const char   *hint)
{
  g_autofree char *subtitle = NULL;

  if (message != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      subtitle = g_markup_escape_text (message, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      subtitle = hint != NULL ? g_markup_escape_text (hint, -1) : NULL;
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");
}

static void
expander_expanded_cb (AdwExpanderRow *row,
                      GParamSpec     *pspec,
                      GtkWidget      *list)
{
  if (adw_expander_row_get_expanded (row))
    gtk_widget_set_visible (list, TRUE);
}

static void
child_revealed_cb (GtkRevealer *revealer,
                   GParamSpec  *pspec,
                   GtkWidget   *list)
{
  /* Hidden once the closing animation has ended, not before it. */
  if (!gtk_revealer_get_reveal_child (revealer) && !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (list, FALSE);
}

static GtkWidget *
find_revealer (GtkWidget *widget)
{
  if (GTK_IS_REVEALER (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_revealer (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * prospect_ui_measure_when_open:
 *
 * A closed AdwExpanderRow still measures every row inside it (its revealer
 * measures the hidden list, text shaped and all): six scenario forms of
 * some twenty rows each made Compare's first visit take half a second.
 * This keeps the rows' list hidden while ROW is closed.
 */
void
prospect_ui_measure_when_open (AdwExpanderRow *row)
{
  GtkWidget *revealer = find_revealer (GTK_WIDGET (row));
  GtkWidget *list = revealer != NULL ? gtk_revealer_get_child (GTK_REVEALER (revealer)) : NULL;

  g_return_if_fail (list != NULL);
  gtk_widget_set_visible (list, adw_expander_row_get_expanded (row));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expander_expanded_cb), list, 0);
  g_signal_connect_object (revealer, "notify::child-revealed", G_CALLBACK (child_revealed_cb), list, 0);
}

#define LAZY_TOOLTIP "prospect-tooltip"

static gboolean
lazy_tooltip_cb (GtkWidget  *widget,
                 int         x,
                 int         y,
                 gboolean    keyboard,
                 GtkTooltip *tooltip,
                 gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), LAZY_TOOLTIP);

  /* A tooltip set the usual way since (an error message) comes first. */
  if (text == NULL || gtk_widget_get_tooltip_text (widget) != NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * prospect_ui_set_tooltip:
 *
 * As gtk_widget_set_tooltip_text (), for the many cells of a table:
 * gtk_widget_set_tooltip_text () asks the X server where the pointer is,
 * each time, in case the tooltip is showing; here the text is given when a
 * tooltip is asked for.  TEXT NULL removes it.
 */
void
prospect_ui_set_tooltip (GtkWidget  *widget,
                         const char *text)
{
  if (g_object_get_data (G_OBJECT (widget), LAZY_TOOLTIP "-connected") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (lazy_tooltip_cb), NULL);
      g_object_set_data (G_OBJECT (widget), LAZY_TOOLTIP "-connected", GINT_TO_POINTER (TRUE));
    }
  g_object_set_data_full (G_OBJECT (widget), LAZY_TOOLTIP, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

/* The text prospect_ui_set_tooltip () gave WIDGET, or NULL. */
const char *
prospect_ui_get_tooltip (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), LAZY_TOOLTIP);
}
