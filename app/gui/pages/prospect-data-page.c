/* prospect-data-page.c: the user's own data, table by table, with undo,
 * and CSV import and export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-data-page-private.h"
#include "prospect-testing.h"
#include "prospect-editor.h"
#include "prospect-printed-example.h"
#include "prospect-ui-util.h"

G_DEFINE_FINAL_TYPE (ProspectDataPage, prospect_data_page, PROSPECT_TYPE_PAGE)


void
_prospect_data_page_show_message (ProspectDataPage *self,
                                  const char       *message)
{
  prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (message));
}

void
_prospect_data_page_update_actions (ProspectDataPage *self)
{
  /* A database whose changes cannot be kept takes none: refused here,
   * rather than accepted and lost. */
  gboolean busy = self->import_cancellable != NULL
                  || (self->database != NULL && prospect_database_get_read_only (self->database));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.undo", !busy && prospect_editor_can_undo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.redo", !busy && prospect_editor_can_redo (self->editor));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.add", !busy && self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.delete", !busy && self->rows != NULL &&
                                 g_list_model_get_n_items (G_LIST_MODEL (self->rows)) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.import", !busy && self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "data.cancel-import", self->import_cancellable != NULL);
}

static void
update_check (ProspectDataPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = prospect_check_printed_examples (self->database, &error);
  g_autoptr(GPtrArray) sums = problems != NULL ? prospect_check_fee_tables (self->database, &error) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (problems == NULL || sums == NULL)
    g_string_append (text, error->message);
  else
    {
      /* Fee tables that do not add up first: they explain the examples. */
      g_ptr_array_extend_and_steal (sums, g_steal_pointer (&problems));
      for (guint i = 0; i < sums->len; i++)
        g_string_append_printf (text, "%s⚠ %s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (sums, i));
    }
  gtk_label_set_text (self->check_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->check_label), text->len > 0);
}

void
_prospect_data_page_changed (ProspectDataPage *self)
{
  _prospect_data_page_reload (self);
  update_check (self);
  prospect_page_changed (PROSPECT_PAGE (self));
}

/* ----- cells ------------------------------------------------------------ */

/* What one cell entry edits: its column, and the list item whose row it
 * shows at the moment (list items are recycled as the view scrolls). */
typedef struct
{
  ProspectDataPage *page;
  GtkListItem      *item;
  guint             column;
  GtkWidget        *entry;   /* NULL for the column's template */
} Cell;

static void
free_cell (gpointer  data,
           GClosure *closure)
{
  Cell *cell = data;

  if (cell->entry != NULL && cell->page->cells != NULL)
    g_ptr_array_remove_fast (cell->page->cells, cell);
  g_free (cell);
}

/* After Enter, the same column of the next row takes the focus, as in a
 * spreadsheet; the rows are rebound by then, so it is found afresh. */
static gboolean
focus_next_cell (gpointer data)
{
  ProspectDataPage *self = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint row = n > 0 ? MIN (self->focus_row, n - 1) : 0;

  self->focus_idle = 0;
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell->column == self->focus_column && gtk_list_item_get_position (cell->item) == row)
        {
          gtk_widget_grab_focus (cell->entry);
          break;
        }
    }
  return G_SOURCE_REMOVE;
}

/* Whether TEXT, typed into COLUMN, is checked as it stands: everything but
 * a name typed into an id column. */
static gboolean
is_id_text (const ProspectColumnSpec *column,
            const char               *text)
{
  if (column->refers_to == PROSPECT_REFERENCE_NONE)
    return TRUE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && !g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void
cell_changed_cb (GtkEditable *entry,
                 Cell        *cell)
{
  const ProspectTableSpec *table = cell->page->table;
  g_autoptr(GError) error = NULL;

  if (table == NULL || cell->column >= table->n_columns)
    return;
  /* Checked as typed; written on Enter.  A name in an id column is looked
   * up on Enter. */
  if (!is_id_text (&table->columns[cell->column], gtk_editable_get_text (entry)) ||
      prospect_editor_check_value (&table->columns[cell->column], gtk_editable_get_text (entry), &error))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
    }
}

static void
cell_activate_cb (GtkEntry *entry,
                  Cell     *cell)
{
  ProspectDataPage *self = cell->page;
  ProspectTableRow *row = gtk_list_item_get_item (cell->item);
  g_autoptr(GError) error = NULL;

  g_autofree char *value = NULL;

  if (row == NULL || self->table == NULL)
    return;
  value = prospect_editor_resolve_reference (self->database, &self->table->columns[cell->column],
                                             gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  if (value == NULL ||
      !prospect_editor_set_value (self->editor, self->table, prospect_table_row_get_rowid (row), cell->column, value,
                                  &error))
    {
      _prospect_data_page_show_message (self, error->message);
      return;
    }
  self->focus_row = gtk_list_item_get_position (cell->item) + 1;
  self->focus_column = cell->column;
  _prospect_data_page_changed (self);
  if (self->focus_idle == 0)
    self->focus_idle = g_idle_add (focus_next_cell, self);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Cell                     *column_cell)
{
  ProspectDataPage *self = column_cell->page;
  GtkWidget *entry = gtk_entry_new ();
  ProspectColumnType type = self->table != NULL ? self->table->columns[column_cell->column].type
                                                : PROSPECT_COLUMN_TEXT;
  gboolean by_name = self->table != NULL && self->table->columns[column_cell->column].refers_to != PROSPECT_REFERENCE_NONE;
  Cell *cell = g_new (Cell, 1);

  *cell = (Cell) { self, item, column_cell->column, entry };
  g_ptr_array_add (self->cells, cell);
  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  /* Ctrl+Z is the page's: it undoes the last saved change, never the
   * typing in a cell (which Escape or retyping undoes). */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  /* Figures line up on the right, as in the printed tables; names (an id
   * column shows them) on the left. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), type == PROSPECT_COLUMN_TEXT || by_name ? 16 : 8);
  if ((type == PROSPECT_COLUMN_INTEGER || type == PROSPECT_COLUMN_NUMBER) && !by_name)
    gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
  /* The entry owns its Cell; the item outlives the entry it holds. */
  g_signal_connect_data (entry, "changed", G_CALLBACK (cell_changed_cb), cell, free_cell, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (cell_activate_cb), cell);
  gtk_list_item_set_child (item, entry);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Cell                     *column_cell)
{
  ProspectDataPage *self = column_cell->page;
  ProspectTableRow *row = gtk_list_item_get_item (item);
  GtkWidget *entry = gtk_list_item_get_child (item);
  const char *text = prospect_table_row_get_value (row, column_cell->column);

  ProspectReference refers_to = self->table != NULL ? self->table->columns[column_cell->column].refers_to
                                                    : PROSPECT_REFERENCE_NONE;
  const char *name = NULL;

  if (text == NULL)
    text = "";
  /* An id column shows the name people know; the id is in the tooltip. */
  if (refers_to != PROSPECT_REFERENCE_NONE && self->names[refers_to] != NULL)
    name = g_hash_table_lookup (self->names[refers_to], text);
  gtk_editable_set_text (GTK_EDITABLE (entry), name != NULL ? name : text);
  if (name != NULL)
    {
      g_autofree char *tip = g_strdup_printf (_("%s (id %s)"), name, text);

      prospect_ui_set_tooltip (entry, tip);
    }
  else
    /* A long source or name shows only its start in the cell. */
    prospect_ui_set_tooltip (entry, g_utf8_strlen (text, -1) > 16 ? text : NULL);
  gtk_widget_remove_css_class (entry, "error");
  if (self->table != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _(self->table->columns[column_cell->column].label), -1);
}

static void
setup_id_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (item, label);
}

static void
bind_id_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         prospect_table_row_get_rowid (gtk_list_item_get_item (item)));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), id);
}

static void
rebuild_columns (ProspectDataPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
    g_autoptr(GtkColumnViewColumn) column = NULL;

    /* Read-only: other tables refer to rows by this id. */
    g_signal_connect (factory, "setup", G_CALLBACK (setup_id_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_id_cb), NULL);
    column = gtk_column_view_column_new ("Id", factory);
    gtk_column_view_append_column (self->column_view, column);
  }
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      Cell *column_cell = g_new (Cell, 1);

      *column_cell = (Cell) { self, NULL, c };
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cell_cb), column_cell, free_cell, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), column_cell);
      column = gtk_column_view_column_new (_(self->table->columns[c].label), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* Text (names, sources) takes the room the figures leave. */
      gtk_column_view_column_set_expand (column, self->table->columns[c].type == PROSPECT_COLUMN_TEXT ||
                                         self->table->columns[c].refers_to != PROSPECT_REFERENCE_NONE);
      gtk_column_view_append_column (self->column_view, column);
    }
}

void
_prospect_data_page_reload (ProspectDataPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (self->database == NULL || self->table == NULL)
    return;
  rows = prospect_editor_list_rows (self->database, self->table, &error);
  if (rows == NULL)
    {
      _prospect_data_page_show_message (self, error->message);
      return;
    }
  /* Names can change with any edit (a class renamed): read afresh. */
  for (guint r = 0; r < G_N_ELEMENTS (self->names); r++)
    g_clear_pointer (&self->names[r], g_hash_table_unref);
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      ProspectReference refers_to = self->table->columns[c].refers_to;

      if (refers_to != PROSPECT_REFERENCE_NONE && self->names[refers_to] == NULL)
        self->names[refers_to] = prospect_editor_reference_names (self->database, refers_to, NULL);
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectEditorRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (items, prospect_table_row_new (row->rowid, (const char * const *) row->values));
    }
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)), items->pdata, items->len);
  _prospect_data_page_update_actions (self);
}

static void
table_changed_cb (ProspectDataPage *self)
{
  guint index = gtk_drop_down_get_selected (self->table_dropdown);

  if (index >= prospect_editor_n_tables ())
    return;
  /* The old table's rows go before the new table's columns come. */
  g_list_store_remove_all (self->rows);
  self->table = prospect_editor_table (index);
  gtk_label_set_text (self->description_label, _(self->table->description));
  rebuild_columns (self);
  _prospect_data_page_reload (self);
}

/* ----- actions ---------------------------------------------------------- */

static void
undo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectDataPage *self = PROSPECT_DATA_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "data.redo");

  if (!(redo ? prospect_editor_redo (self->editor, &error) : prospect_editor_undo (self->editor, &error)))
    _prospect_data_page_show_message (self, error->message);
  _prospect_data_page_changed (self);
}

static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ProspectDataPage *self = PROSPECT_DATA_PAGE (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GError) error = NULL;

  if (position == GTK_INVALID_LIST_POSITION)
    {
      _prospect_data_page_show_message (self, _("Select a row to delete first."));
      return;
    }
  if (!prospect_data_page_delete_row (self, position, &error))
    _prospect_data_page_show_message (self, error->message);
}

static void
add_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 ProspectDataPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) values = NULL;
  GtkWidget *grid;

  if (!g_str_equal (response, "add") || self->table == NULL)
    return;
  grid = adw_message_dialog_get_extra_child (dialog);
  values = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (gtk_grid_get_child_at (GTK_GRID (grid), 1, (int) c)));
      char *value = prospect_editor_resolve_reference (self->database, &self->table->columns[c], text, &error);

      if (value == NULL)
        {
          _prospect_data_page_show_message (self, error->message);
          return;
        }
      g_ptr_array_add (values, value);
    }
  g_ptr_array_add (values, NULL);
  if (prospect_editor_insert_row (self->editor, self->table, (const char * const *) values->pdata, &error) == 0)
    _prospect_data_page_show_message (self, error->message);
  else
    _prospect_data_page_changed (self);
}

static void
add_entry_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  ProspectDataPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  GtkWidget *grid = adw_message_dialog_get_extra_child (dialog);
  gboolean all_ok = TRUE;

  for (guint c = 0; c < self->table->n_columns; c++)
    {
      GtkWidget *field = gtk_grid_get_child_at (GTK_GRID (grid), 1, (int) c);
      g_autoptr(GError) error = NULL;
      const char *text = gtk_editable_get_text (GTK_EDITABLE (field));
      gboolean ok = !is_id_text (&self->table->columns[c], text) ||
                    prospect_editor_check_value (&self->table->columns[c], text, &error);

      if (ok)
        gtk_widget_remove_css_class (field, "error");
      else if (field == GTK_WIDGET (entry) || *gtk_editable_get_text (GTK_EDITABLE (field)) != '\0')
        gtk_widget_add_css_class (field, "error");
      gtk_widget_set_tooltip_text (field, ok ? NULL : error->message);
      all_ok &= ok;
    }
  adw_message_dialog_set_response_enabled (dialog, "add", all_ok);
}

static void
add_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  ProspectDataPage *self = PROSPECT_DATA_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *grid;

  if (self->table == NULL)
    return;
  heading = g_strdup_printf (_("Add to %s"), _(self->table->label));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                                       _(self->table->description)));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      GtkWidget *label = gtk_label_new (_(self->table->columns[c].label));
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(self->table->columns[c].label), -1);
      g_signal_connect (entry, "changed", G_CALLBACK (add_entry_changed_cb), dialog);
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int) c, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), entry, 1, (int) c, 1, 1);
    }
  adw_message_dialog_set_extra_child (dialog, grid);
  adw_message_dialog_add_responses (dialog, "cancel", "_Cancel", "add", "_Add", NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "add", FALSE);
  adw_message_dialog_set_default_response (dialog, "add");
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_signal_connect_object (dialog, "response", G_CALLBACK (add_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ----- type ------------------------------------------------------------- */

static void
prospect_data_page_dispose (GObject *object)
{
  ProspectDataPage *self = (ProspectDataPage *) object;

  /* AdwBin disposes its child; see prospect-performance-page.c. */
  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->editor, prospect_editor_free);
  g_clear_object (&self->database);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->import_path, g_free);
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  for (guint r = 0; r < G_N_ELEMENTS (self->names); r++)
    g_clear_pointer (&self->names[r], g_hash_table_unref);

  G_OBJECT_CLASS (prospect_data_page_parent_class)->dispose (object);
  /* The cell entries are gone with the children: no one looks any more. */
  g_clear_pointer (&self->cells, g_ptr_array_unref);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_data_page_load (PROSPECT_DATA_PAGE (page), database, error);
}


static void
prospect_data_page_class_init (ProspectDataPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;

  object_class->dispose = prospect_data_page_dispose;


  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-data-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, table_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, check_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, ProspectDataPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, table_changed_cb);

  gtk_widget_class_install_action (widget_class, "data.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "data.redo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "data.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "data.delete", NULL, delete_cb);
  gtk_widget_class_install_action (widget_class, "data.import", NULL, _prospect_data_page_transfer_cb);
  gtk_widget_class_install_action (widget_class, "data.export-csv", NULL, _prospect_data_page_transfer_cb);
  gtk_widget_class_install_action (widget_class, "data.export-database", NULL, _prospect_data_page_transfer_cb);
  gtk_widget_class_install_action (widget_class, "data.cancel-import", NULL, _prospect_data_page_cancel_import_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "data.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "data.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "data.redo", NULL);
}

static void
prospect_data_page_init (ProspectDataPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  self->cells = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (PROSPECT_TYPE_TABLE_ROW);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < prospect_editor_n_tables (); i++)
    gtk_string_list_append (names, prospect_editor_table (i)->label);
  gtk_drop_down_set_model (self->table_dropdown, G_LIST_MODEL (names));
  _prospect_data_page_update_actions (self);
}

gboolean
prospect_data_page_load (ProspectDataPage  *self,
                         ProspectDatabase  *database,
                         GError           **error)
{
  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if (self->database == database)
    return TRUE;
  g_set_object (&self->database, database);
  g_clear_pointer (&self->editor, prospect_editor_free);
  self->editor = prospect_editor_new (database);
  table_changed_cb (self);
  update_check (self);
  return TRUE;
}

void
prospect_data_page_show_table (ProspectDataPage *self,
                               const char       *table_id)
{
  g_return_if_fail (PROSPECT_IS_DATA_PAGE (self));

  for (guint i = 0; i < prospect_editor_n_tables (); i++)
    if (g_str_equal (prospect_editor_table (i)->id, table_id))
      gtk_drop_down_set_selected (self->table_dropdown, i);
}

guint
prospect_data_page_get_n_rows (ProspectDataPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

static gint64
rowid_at (ProspectDataPage *self,
          guint             row)
{
  g_autoptr(ProspectTableRow) item = g_list_model_get_item (G_LIST_MODEL (self->rows), row);

  return item != NULL ? prospect_table_row_get_rowid (item) : 0;
}

gboolean
prospect_data_page_edit_cell (ProspectDataPage  *self,
                              guint              row,
                              guint              column,
                              const char        *text,
                              GError           **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), FALSE);
  g_return_val_if_fail (self->table != NULL && column < self->table->n_columns, FALSE);

  /* As typed into the cell: a name in an id column stands for its id. */
  value = prospect_editor_resolve_reference (self->database, &self->table->columns[column], text, error);
  if (value == NULL || !prospect_editor_set_value (self->editor, self->table, rowid_at (self, row), column, value, error))
    return FALSE;
  _prospect_data_page_changed (self);
  return TRUE;
}

const char *
prospect_data_page_get_cell (ProspectDataPage *self,
                             guint             row,
                             guint             column)
{
  g_autoptr(ProspectTableRow) item = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), NULL);

  item = g_list_model_get_item (G_LIST_MODEL (self->rows), row);
  /* The row stays in the store, which keeps the text alive. */
  return item != NULL && self->table != NULL && column < self->table->n_columns
           ? prospect_table_row_get_value (item, column) : NULL;
}

/* Deletes the row, with an undo button in the notification. */
gboolean
prospect_data_page_delete_row (ProspectDataPage  *self,
                               guint              row,
                               GError           **error)
{
  AdwToast *toast;

  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), FALSE);

  if (!prospect_editor_delete_row (self->editor, self->table, rowid_at (self, row), error))
    return FALSE;
  _prospect_data_page_changed (self);
  toast = adw_toast_new (_("Row deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "data.undo");
  prospect_ui_toast (GTK_WIDGET (self), toast);
  return TRUE;
}

const char *
prospect_data_page_get_check_text (ProspectDataPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATA_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->check_label)) ? gtk_label_get_text (self->check_label) : NULL;
}

/* Imports PATH into the current table's kind: a preview first unless MODE
 * says otherwise.  Runs in a thread; the page shows progress. */
void
prospect_data_page_import_file (ProspectDataPage  *self,
                                const char        *path,
                                ProspectImportMode mode)
{
  g_return_if_fail (PROSPECT_IS_DATA_PAGE (self));
  _prospect_data_page_start_import (self, path, mode);
}
