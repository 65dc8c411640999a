/* prospect-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-cli.h"
#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_APPLICATION (prospect_application_get_type ())

G_DECLARE_FINAL_TYPE (ProspectApplication, prospect_application, PROSPECT, APPLICATION, AdwApplication)

ProspectApplication *prospect_application_new           (const ProspectLaunchOptions  *options);
ProspectDatabase    *prospect_application_open_database (ProspectApplication          *self,
                                                         char                        **problem);

G_END_DECLS
