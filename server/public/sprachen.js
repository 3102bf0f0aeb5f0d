// The language menu of the demo's language page: the widgets read `lang` from their wrapper and follow it live.
const menu = document.getElementById('language');
const widgets = document.getElementById('widgets');
const chosen = new URLSearchParams(location.search).get('lang');
if (chosen && [...menu.options].some((option) => option.value === chosen)) menu.value = chosen;
const apply = () => widgets.setAttribute('lang', menu.value);
menu.addEventListener('change', apply);
apply();
