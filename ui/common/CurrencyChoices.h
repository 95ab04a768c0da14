#pragma once

class QComboBox;

namespace lever::ui {

// Makes `box` a currency field: editable (any ISO 4217 code may be typed), empty at first with a
// "Currency" placeholder, and listing the user's own currency first, then the common ones, then every
// code Qt's locale data knows, so the choices are there to pick rather than to remember.
void setUpCurrencyChoices(QComboBox *box);

} // namespace lever::ui
