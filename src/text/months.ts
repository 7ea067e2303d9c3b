/**
 * The months as United Nations Arabic documents name them: twice, the Levantine name and the
 * Egyptian one ("أيلول/سبتمبر"), January first. Citations write dates with them and the open data
 * reads the masthead's dates back through them.
 */
export const monthNames = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const;
