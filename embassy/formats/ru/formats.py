# Named date formats used by the templates: {{ value|date:"DATE_FORMAT" }}. "E" is the month's
# name in the genitive, as a Russian date is written: "27 октября 2020" (Django's own Russian
# format adds " г.").
DATE_FORMAT = "j E Y"  # 27 октября 2020
SHORT_DATE_FORMAT = "d.m.Y"  # 27.10.2020
DATETIME_FORMAT = "j E Y, H:i"  # 27 октября 2020, 18:00
TIME_FORMAT = "H:i"
