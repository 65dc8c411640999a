/* prospect-portfolio-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_PORTFOLIO_PAGE (prospect_portfolio_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectPortfolioPage, prospect_portfolio_page, PROSPECT, PORTFOLIO_PAGE, ProspectPage)

gboolean prospect_portfolio_page_load               (ProspectPortfolioPage  *self,
                                                     ProspectDatabase       *database,
                                                     gint64                  class_id,
                                                     GError                **error);
void     prospect_portfolio_page_focus_search       (ProspectPortfolioPage  *self);

G_END_DECLS
