"""The site's addresses plus pages that do what no public page may do before it is cached."""

from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from embassy.urls import urlpatterns as site


def sets_a_cookie(request):
    response = HttpResponse("A page that sets a cookie")
    response.set_cookie("seen", "1")
    return response


def with_csrf_token(request):
    return HttpResponse(f"A form: {get_token(request)}")


def with_a_message(request):
    messages.info(request, "Thank you for writing")
    return HttpResponse("A page that leaves a message")


def with_the_user(request):
    return HttpResponse(f"Hello {request.user.get_username() or 'visitor'}")


urlpatterns = [
    *site,
    path("test/cookie/", sets_a_cookie),
    path("test/csrf/", with_csrf_token),
    path("test/message/", with_a_message),
    path("test/user/", with_the_user),
]
