/* prospect-number.h: numbers as users type them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PROSPECT_INPUT_ERROR (prospect_input_error_quark ())

typedef enum
{
  PROSPECT_INPUT_ERROR_EMPTY,
  PROSPECT_INPUT_ERROR_NOT_A_NUMBER,
  PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
} ProspectInputError;

typedef enum
{
  PROSPECT_UNIT_DOLLARS,
  PROSPECT_UNIT_PERCENT,
  PROSPECT_UNIT_YEARS,
} ProspectUnit;

/* What a field accepts, for parsing and for the message when it does not. */
typedef struct
{
  const char   *name;
  ProspectUnit  unit;
  double        min;
  double        max;
  gboolean      min_exclusive;
  gboolean      whole;          /* whole numbers only */
} ProspectFieldSpec;

GQuark   prospect_input_error_quark (void);

gboolean prospect_parse_number      (const char              *text,
                                     char                     decimal_point,
                                     double                  *value,
                                     GError                 **error);
gboolean prospect_parse_field       (const char              *text,
                                     const ProspectFieldSpec *spec,
                                     double                  *value,
                                     GError                 **error);
gboolean prospect_parse_list        (const char              *text,
                                     const ProspectFieldSpec *spec,
                                     double                  *values,
                                     guint                    max_values,
                                     guint                   *n_values,
                                     GError                 **error);
char     prospect_locale_decimal_point (void);
char    *prospect_format_range      (const ProspectFieldSpec *spec);

G_END_DECLS
