/* prospect-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-cli.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_APPLICATION (prospect_application_get_type ())

G_DECLARE_FINAL_TYPE (ProspectApplication, prospect_application, PROSPECT, APPLICATION, AdwApplication)

ProspectApplication *prospect_application_new (const ProspectLaunchOptions *options);

G_END_DECLS
