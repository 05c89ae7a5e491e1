# Named date formats for Russian pages: the same pattern as English, with the month in the
# genitive ("E"): {{ value|date:"DATE_FORMAT" }} gives "27 октября 2020".
DATE_FORMAT = "j E Y"  # 27 октября 2020
SHORT_DATE_FORMAT = "d.m.Y"  # 27.10.2020
DATETIME_FORMAT = "j E Y, H:i"  # 27 октября 2020, 18:00
TIME_FORMAT = "H:i"
